"""Labels of contract documents in Swedish (``sv``); the keys are those of every language."""

from __future__ import annotations

SV = {
    "kind": "Servicenivåavtal",
    "kind_customer_sla": "Servicenivåavtal med kund",
    "kind_internal_sla": "Internt servicenivåavtal",
    "kind_ola": "Driftnivåavtal",
    "kind_underpinning_contract": "Underliggande avtal",
    "between": "mellan",
    "and": "och",
    "prepared_by": "Upprättat av {author}",
    "seal_signed": "Innehållet förseglades vid undertecknandet, SHA-256:",
    "seal_draft": "Utkast, ej undertecknat: innehållet är inte förseglat.",
    "contents": "Innehåll",
    "draft_footer": "utkast, ej undertecknat",
    "page": "Sida",
    "of": "av",
    "number": "Avtalsnummer",
    "version": "Version",
    "status": "Status",
    "provider": "Leverantör",
    "customer": "Kund",
    "country": "Land",
    "contact": "Kontaktperson",
    "start_date": "Startdatum",
    "end_date": "Slutdatum",
    "monthly_total": "Summa per månad",
    "status_draft": "Utkast",
    "status_in_review": "Under granskning",
    "status_changes_requested": "Ändringar begärda",
    "status_approved": "Godkänt",
    "status_signed": "Undertecknat",
    "status_active": "Aktivt",
    "status_terminated": "Uppsagt",
    "parties": "Parter och avtalstid",
    "term_text": "Avtalet gäller från och med {start} till och med {end}.",
    "renewal_none": "Avtalet upphör den {end} och förlängs inte.",
    "renewal_tacit": "Därefter förlängs det automatiskt med {term} i taget{limit}, om inte {party} säger upp det {when}.",
    "renewal_express": "Det förlängs endast om förlängningen bekräftas innan en avtalsperiod löper ut, med {term} i "
                       "taget{limit}; annars upphör det.",
    "renewal_limit_one": ", högst en gång",
    "renewal_limit_few": ", högst {count} gånger",
    "renewal_limit_other": ", högst {count} gånger",
    "renewal_limit_many": ", högst {count} gånger",
    "span_day_one": "{count} dag",
    "span_day_few": "{count} dagar",
    "span_day_many": "{count} dagar",
    "span_day_other": "{count} dagar",
    "span_month_one": "{count} månad",
    "span_month_few": "{count} månader",
    "span_month_many": "{count} månader",
    "span_month_other": "{count} månader",
    "notice_before": "senast {notice} före en avtalsperiods slut",
    "notice_last_day": "senast den sista dagen i en avtalsperiod",
    "notice_party_either": "någon av parterna",
    "notice_party_customer": "kunden",
    "notice_party_provider": "leverantören",
    "review_text": "Parterna går igenom avtalet tillsammans med {period}s mellanrum, första gången den {first}.",
    "scope": "Omfattning",
    "scope_intro": "Avtalet omfattar följande tjänster, var och en på angiven servicenivå och plats:",
    "services": "Tjänster och mål",
    "pricing": "Prissättning",
    "credits": "Servicekrediter",
    "clauses": "Avtalsvillkor",
    "review": "Granskning",
    "signatures": "Underskrifter",
    "service": "Tjänst",
    "level": "Nivå",
    "site": "Plats eller region",
    "coverage": "Täckningstid",
    "coverage_24x7": "Dygnet runt, alla dagar",
    "availability": "Tillgänglighet",
    "quantity": "Antal",
    "priorities": "Prioriteter som omfattas",
    "priority": "Prioritet",
    "priority_p1": "Kritisk",
    "priority_p2": "Hög",
    "priority_p3": "Normal",
    "priority_p4": "Låg",
    "response_time": "Svarstid",
    "resolution_time": "Lösningstid",
    "counted_in": "Räknas i",
    "business_hours": "Kontorstid",
    "calendar_hours": "Kalendertid",
    "unit_price": "Pris per enhet och månad",
    "line_total": "Summa per månad",
    "amounts_note": "Beloppen avser en månad och anges i {currency}.",
    "no_tax": "Priserna är exklusive mervärdesskatt och andra skatter, som tillkommer enligt gällande sats.",
    "tax": "Moms ({rate})",
    "total_incl_tax": "Summa per månad inklusive moms",
    "credits_intro": (
        "Om den uppmätta tillgängligheten för en tjänsterad under en kalendermånad understiger "
        "den avtalade tillgängligheten får kunden en kredit med den andel av radens månadsavgift "
        "som anges nedan."
    ),
    "credits_cap": "Krediterna för en tjänsterad överstiger aldrig {cap} av radens månadsavgift under en månad.",
    "committed": "Avtalad tillgänglighet",
    "measured": "Uppmätt tillgänglighet under månaden",
    "credit_pct": "Kredit, andel av månadsavgiften",
    "credit_amount": "Kredit per månad",
    "band_range": "{low} till under {high}",
    "band_below": "under {high}",
    "clause_standard": "Leverantörens standardvillkor.",
    "clause_own": "Skrivet för detta avtal",
    "clause_version": "Villkorsversion {version}",
    "clause_edited": "anpassat för detta avtal",
    "clause_change_title": "Ändringar under avtalstiden",
    "clause_change_text": (
        "Vardera parten får under avtalstiden föreslå ändringar av tjänster, servicenivåer eller "
        "priser. En ändring gäller först när båda parter skriftligen har godkänt en ny version av "
        "detta avtal; till dess gäller den aktuella versionen oförändrad."
    ),
    "clause_credits_title": "Servicekrediter",
    "clause_credits_text": (
        "Om den uppmätta tillgängligheten för en tjänst under en kalendermånad understiger den "
        "avtalade tillgängligheten lämnar leverantören servicekrediter enligt avtalets "
        "kreditschema. Krediterna dras av på nästa faktura, utgör kundens enda ekonomiska "
        "ersättning för avvikelsen och ska begäras inom 30 dagar från utgången av den aktuella "
        "månaden."
    ),
    "clause_termination_title": "Uppsägning",
    "clause_termination_text": (
        "Vardera parten får säga upp avtalet skriftligen med tre månaders uppsägningstid till "
        "utgången av en kalendermånad. Vardera parten får säga upp avtalet med omedelbar verkan "
        "om den andra parten väsentligt bryter mot avtalet och inte vidtar rättelse inom 30 dagar "
        "från skriftligt påpekande. Avgifter för tjänster som levererats fram till upphörandet "
        "ska betalas."
    ),
    "clause_review_title": "Periodisk översyn",
    "clause_review_text": (
        "Parterna går igenom avtalet, de uppmätta servicenivåerna och kreditschemat minst en gång "
        "var tolfte månad och när en tjänst eller dess användning förändras väsentligt. "
        "Överenskomna ändringar dokumenteras som en ny version av avtalet."
    ),
    "review_intro": "Denna version har granskats enligt följande.",
    "no_reviews": "Inga granskningsbeslut är registrerade.",
    "reviewer": "Granskare",
    "role": "Roll",
    "decision": "Beslut",
    "date": "Datum",
    "comment": "Kommentar",
    "review_comments": "Kommentarer per avsnitt",
    "section": "Avsnitt",
    "section_general": "Allmänt",
    "role_representative": "Representant",
    "role_legal_reviewer": "Juridisk granskare",
    "role_quality_checker": "Kvalitetsgranskare",
    "role_customer_signatory": "Kundens firmatecknare",
    "role_administrator": "Administratör",
    "signatures_intro": "Undertecknat av parternas behöriga företrädare:",
    "name": "Namn",
    "title": "Befattning",
    "signed": "Undertecknat",
    "signature": "Underskrift",
    "signed_electronically": "elektroniskt undertecknat",
    "not_signed": "ej undertecknat",
}
