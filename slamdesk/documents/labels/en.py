"""Labels of contract documents in English: the source every other language translates (``en``); the keys are those of every language."""

from __future__ import annotations

EN = {
    # Title page and running texts
    "kind": "Service-level agreement",
    "kind_customer_sla": "Customer service-level agreement",
    "kind_internal_sla": "Internal service-level agreement",
    "kind_ola": "Operational level agreement",
    "kind_underpinning_contract": "Underpinning contract",
    "between": "between",
    "and": "and",
    "prepared_by": "Prepared by {author}",
    "seal_signed": "Content sealed at signing, SHA-256:",
    "seal_draft": "Draft, not signed: the content is not sealed.",
    "contents": "Contents",
    "draft_footer": "draft, not signed",
    "page": "Page",
    "of": "of",
    # Facts
    "number": "Agreement number",
    "version": "Version",
    "status": "Status",
    "provider": "Provider",
    "customer": "Customer",
    "country": "Country",
    "contact": "Contact person",
    "start_date": "Start date",
    "end_date": "End date",
    "monthly_total": "Total per month",
    # Status of a version, also a review decision
    "status_draft": "Draft",
    "status_in_review": "In review",
    "status_changes_requested": "Changes requested",
    "status_approved": "Approved",
    "status_signed": "Signed",
    "status_active": "Active",
    "status_terminated": "Terminated",
    # Sections
    "parties": "Parties and term",
    "term_text": "This agreement applies from {start} to {end}.",
    "renewal_none": "It ends on {end} and is not renewed.",
    "renewal_tacit": "It then renews by itself for {term} at a time{limit}, unless {party} gives notice {when}.",
    "renewal_express": "It renews only when the renewal is confirmed before a term ends, for {term} at a time{limit}; "
                       "otherwise it ends.",
    "renewal_limit_one": ", at most once",
    "renewal_limit_few": ", at most {count} times",
    "renewal_limit_other": ", at most {count} times",
    "renewal_limit_many": ", at most {count} times",
    "span_day_one": "{count} day",
    "span_day_few": "{count} days",
    "span_day_many": "{count} days",
    "span_day_other": "{count} days",
    "span_month_one": "{count} month",
    "span_month_few": "{count} months",
    "span_month_many": "{count} months",
    "span_month_other": "{count} months",
    "notice_before": "at least {notice} before the end of a term",
    "notice_last_day": "by the last day of a term",
    "notice_party_either": "either party",
    "notice_party_customer": "the customer",
    "notice_party_provider": "the provider",
    "review_text": "The parties review the agreement together every {period}, first on {first}.",
    "scope": "Scope",
    "scope_intro": "This agreement covers the following services, each at the service level and site named:",
    "services": "Services and targets",
    "pricing": "Pricing",
    "credits": "Service credits",
    "clauses": "Clauses",
    "review": "Review record",
    "signatures": "Signatures",
    # Services and targets
    "service": "Service",
    "level": "Level",
    "site": "Site or region",
    "coverage": "Hours of coverage",
    "coverage_24x7": "24 hours a day, 7 days a week",
    "availability": "Availability",
    "quantity": "Quantity",
    "priorities": "Priorities covered",
    "priority": "Priority",
    "priority_p1": "Critical",
    "priority_p2": "High",
    "priority_p3": "Normal",
    "priority_p4": "Low",
    "response_time": "Response time",
    "resolution_time": "Resolution time",
    "counted_in": "Counted in",
    "business_hours": "Business hours",
    "calendar_hours": "Calendar hours",
    # Pricing
    "unit_price": "Price per unit and month",
    "line_total": "Total per month",
    "amounts_note": "Amounts are per month, in {currency}.",
    "no_tax": "Prices exclude value-added tax and other taxes, which are added at the rate in force.",
    "tax": "Tax ({rate})",
    "total_incl_tax": "Total per month including tax",
    # Service credits
    "credits_intro": (
        "If the measured availability of a service line in a calendar month falls below its "
        "committed availability, the customer receives a credit of the share shown of that "
        "line's monthly fee."
    ),
    "credits_cap": "In any month the credits for a service line never exceed {cap} of that line's monthly fee.",
    "committed": "Committed availability",
    "measured": "Measured availability in the month",
    "credit_pct": "Credit, share of the monthly fee",
    "credit_amount": "Credit per month",
    "band_range": "{low} to below {high}",
    "band_below": "below {high}",
    # Clauses
    "clause_standard": "Standard clauses of the provider.",
    "clause_own": "Written for this agreement",
    "clause_version": "Clause version {version}",
    "clause_edited": "amended for this agreement",
    "clause_change_title": "Changes during the term",
    "clause_change_text": (
        "Either party may propose a change to the services, service levels or prices during "
        "the term. A change takes effect only when both parties have approved a new version of "
        "this agreement in writing; until then the current version applies unchanged."
    ),
    "clause_credits_title": "Service credits",
    "clause_credits_text": (
        "Where the measured availability of a service falls below its committed availability in "
        "a calendar month, the provider grants service credits according to the credit schedule "
        "of this agreement. Credits are deducted from the next invoice, are the customer's sole "
        "financial remedy for the shortfall and must be claimed within 30 days of the end of the "
        "month concerned."
    ),
    "clause_termination_title": "Termination",
    "clause_termination_text": (
        "Either party may terminate this agreement by giving three months' written notice to the "
        "end of a calendar month. Either party may terminate with immediate effect if the other "
        "party materially breaches the agreement and does not remedy the breach within 30 days "
        "of written notice. Fees for services delivered up to termination remain payable."
    ),
    "clause_review_title": "Periodic review",
    "clause_review_text": (
        "The parties review this agreement, the measured service levels and the credit schedule "
        "at least once every twelve months and whenever a service or its use changes materially. "
        "Agreed changes are recorded as a new version of the agreement."
    ),
    # Review record
    "review_intro": "This version was reviewed as follows.",
    "no_reviews": "No review decisions are recorded.",
    "reviewer": "Reviewer",
    "role": "Role",
    "decision": "Decision",
    "date": "Date",
    "comment": "Comment",
    "review_comments": "Comments by section",
    "section": "Section",
    "section_general": "General",
    "role_representative": "Representative",
    "role_legal_reviewer": "Legal reviewer",
    "role_quality_checker": "Quality checker",
    "role_customer_signatory": "Customer signatory",
    "role_administrator": "Administrator",
    # Signatures
    "signatures_intro": "Signed by the authorised representatives of the parties:",
    "name": "Name",
    "title": "Title",
    "signed": "Signed",
    "signature": "Signature",
    "signed_electronically": "signed electronically",
    "not_signed": "not signed",
}
