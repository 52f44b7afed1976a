"""Neutral document trees and their renderers (PDF, DOCX). No Qt, no database."""
