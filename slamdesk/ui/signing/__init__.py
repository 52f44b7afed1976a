"""Signatories in signing groups and the signature forms."""
