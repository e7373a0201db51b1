# Shared pieces: the outreach as the owners received it, and the quote layouts of their mail clients.
OUT_SUBJ = "Offer to purchase your mineral interest - Reeves County, TX"
US = "Dana Whitfield <dana@redmesaminerals.com>"
OUTREACH = """Dear Mineral Owner,

Red Mesa Minerals is interested in purchasing your mineral and royalty interest in Section 12, Block 56, PSL Survey, Reeves County, Texas. We are prepared to make a cash offer and can close in 30 days at no cost to you. If you are interested in selling or leasing, please reply to this email or call me at 432-555-0187.

Best regards,

Dana Whitfield
Landman | Red Mesa Minerals, LLC
500 W. Texas Ave, Suite 1200, Midland, TX 79701
432-555-0187 | dana@redmesaminerals.com"""

def outlook_en(to="Mineral Owner"):
    return f"""

________________________________
From: Dana Whitfield <dana@redmesaminerals.com>
Sent: Tuesday, November 3, 2026 9:14 AM
To: {to}
Subject: {OUT_SUBJ}

{OUTREACH}"""

def original_message(to="owner"):
    return f"""

-----Original Message-----
From: Dana Whitfield [mailto:dana@redmesaminerals.com]
Sent: Tuesday, November 03, 2026 9:14 AM
To: {to}
Subject: {OUT_SUBJ}

{OUTREACH}"""

def outlook_fr(to="Propriétaire"):
    return f"""

De : Dana Whitfield <dana@redmesaminerals.com>
Envoyé : mardi 3 novembre 2026 16:14
À : {to}
Objet : {OUT_SUBJ}

{OUTREACH}"""

def outlook_de(to="Eigentümer"):
    return f"""

Von: Dana Whitfield <dana@redmesaminerals.com>
Gesendet: Dienstag, 3. November 2026 16:14
An: {to}
Betreff: {OUT_SUBJ}

{OUTREACH}"""

def outlook_es(to="Propietario"):
    return f"""

De: Dana Whitfield <dana@redmesaminerals.com>
Enviado el: martes, 3 de noviembre de 2026 9:14
Para: {to}
Asunto: {OUT_SUBJ}

{OUTREACH}"""

def outlook_pt(to="Proprietário"):
    return f"""

De: Dana Whitfield <dana@redmesaminerals.com>
Enviada em: terça-feira, 3 de novembro de 2026 12:14
Para: {to}
Assunto: {OUT_SUBJ}

{OUTREACH}"""

def gt(text):
    return "\n".join(("> " + l) if l else ">" for l in text.split("\n"))

def gmail(wrapped=True):
    if wrapped:
        hdr = "On Tue, Nov 3, 2026 at 9:14 AM Dana Whitfield <\ndana@redmesaminerals.com> wrote:"
    else:
        hdr = "On Tue, Nov 3, 2026 at 9:14 AM Dana Whitfield <dana@redmesaminerals.com> wrote:"
    return f"\n\n{hdr}\n\n{gt(OUTREACH)}\n"

def gmail_lang(lang):
    hdr = {
        "es": "El mar, 3 nov 2026 a las 9:14, Dana Whitfield (<\ndana@redmesaminerals.com>) escribió:",
        "fr": "Le mar. 3 nov. 2026 à 16:14, Dana Whitfield <dana@redmesaminerals.com> a\nécrit :",
        "de": "Am Di., 3. Nov. 2026 um 16:14 Uhr schrieb Dana Whitfield <\ndana@redmesaminerals.com>:",
        "pt": "Em ter., 3 de nov. de 2026 às 12:14, Dana Whitfield <\ndana@redmesaminerals.com> escreveu:",
    }[lang]
    return f"\n\n{hdr}\n\n{gt(OUTREACH)}\n"

def iphone_quote():
    return f"\n\nSent from my iPhone\n\n> On Nov 3, 2026, at 9:14 AM, Dana Whitfield <dana@redmesaminerals.com> wrote:\n>\n{gt(OUTREACH)}\n"

def returned_original(rcpt):
    return f"""From: Dana Whitfield <dana@redmesaminerals.com>
To: {rcpt}
Subject: {OUT_SUBJ}
Date: Tue, 3 Nov 2026 09:14:02 -0600
Message-ID: <a81f2c@redmesaminerals.com>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"

{OUTREACH}"""

FOOTER = """

CONFIDENTIALITY NOTICE: This e-mail message, including any attachments, is for the sole use of the intended recipient(s) and may contain confidential and privileged information. Any unauthorized review, use, disclosure or distribution is prohibited. If you are not the intended recipient, please contact the sender by reply e-mail and destroy all copies of the original message. Nothing in this e-mail is intended to constitute an offer, acceptance or electronic signature."""

AUTO = {"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"}
