from common import *
RE = "RE: " + OUT_SUBJ
Re = "Re: " + OUT_SUBJ
U = []
def add(subject, frm, body, reason, html=False, headers=None):
    U.append(dict(subject=subject, **{"from": frm}, body=body, html=html, headers=headers, label="Unknown", reason=reason))

add(Re, "Gladys Purcell <gpurcell@windstream.net>", "Who is this?" + gmail(True), "who-is-this")
add(RE, "Terry Voss <tvoss@vossinc.com>", "How did you get my email address?" + outlook_en(), "how-did-you-get-my-address")
add(Re, "Bill Yates <billyates@gmail.com>", "Thanks" + gmail(True), "acknowledgement")
add(RE, "Front Desk <frontdesk@yatesfarm.com>", "Received." + outlook_en(), "acknowledgement")
add(RE, "Cody Rhodes <crhodes@rhodesag.com>", "" + outlook_en(), "empty reply over quote")
add(Re, "Betty Carlisle <bcarlisle@pldi.net>", "--\nBetty Carlisle\nCarlisle Farms\n580-555-0143\n\nSent from my iPhone" + gmail(True), "signature alone with phone")
add(Re, "Marjorie Dahl <mdahl@nts-online.net>", "My husband passed away in January." + gmail(True), "bare fact")
add(RE, "Victor Lang <vlang@langco.net>", "Will look at this later." + outlook_en(), "will look later")
add(RE, "Diane Rowe <drowe@roweprop.com>", "See attached." + outlook_en(), "see attached")
add("Read: " + OUT_SUBJ, "Harvey Noble <hnoble@noblecattle.com>", f"""Your message

    To: Harvey Noble
    Subject: {OUT_SUBJ}
    Sent: Tuesday, November 3, 2026 9:14:02 AM (UTC-06:00) Central Time (US & Canada)

was read on Thursday, November 5, 2026 3:12:44 PM (UTC-06:00) Central Time (US & Canada).""", "read receipt", headers={"Content-Type": "multipart/report; report-type=disposition-notification"})
add("Message Recall Failure: " + OUT_SUBJ, "Microsoft Outlook <MicrosoftExchange@redmesaminerals.com>", f"""Your message

    To: Harvey Noble
    Subject: {OUT_SUBJ}
    Sent: 11/3/2026 9:14 AM

couldn't be recalled on 11/3/2026 9:31 AM.""", "recall notice")
add("Delivery Status Notification (Delay)", "Mail Delivery Subsystem <mailer-daemon@googlemail.com>", f"""
** Message not delivered yet **

There's a temporary problem delivering your message to lorraine@plainsfarm.net. Gmail will retry for 46 more hours. You'll be notified if the delivery fails permanently.

The response was:

The recipient server did not accept our requests to connect. Learn more at https://support.google.com/mail/answer/7720 [mail.plainsfarm.net. 198.51.100.12: timed out]

Final-Recipient: rfc822; lorraine@plainsfarm.net
Action: delayed
Status: 4.4.1

{returned_original("lorraine@plainsfarm.net")}""", "delivery delayed warning", headers={"Content-Type": "multipart/report; report-type=delivery-status"})
add("Delivery delayed:" + OUT_SUBJ, "Microsoft Outlook <postmaster@redmesaminerals.onmicrosoft.com>", f"""Delivery is delayed to these recipients or groups:

rparsons@parsonsoil.com

Subject: {OUT_SUBJ}

This message hasn't been delivered yet. Delivery will continue to be attempted.

The server will keep trying to deliver this message for the next 1 days, 19 hours and 52 minutes. You'll be notified if the message can't be delivered by that time.

Diagnostic information for administrators:

Generating server: SN6PR01MB4120.namprd01.prod.outlook.com
Receiving server: mail.parsonsoil.com (198.51.100.31)

rparsons@parsonsoil.com
Remote Server at mail.parsonsoil.com (198.51.100.31) returned '400 4.4.7 Message delayed'""", "Exchange delay warning", headers={"Content-Type": "multipart/report; report-type=delivery-status"})
add("Re: " + OUT_SUBJ + " [Verification Required]", "Carl Pyle <verify@spamarrest.com>", """Hello,

I apologize for this automatic reply to your email.

To control spam, I now allow incoming messages only from senders I have approved beforehand.

If you would like to be added to my list of approved senders, please fill out the short request form (see link below). Once I approve you, I will receive your original message in my inbox. You do not need to resend your message. I apologize for this one-time inconvenience.

Click the link below to fill out the request:
https://www.spamarrest.com/a2?ZS9QsY2zP1x

Carl Pyle""", "challenge-response hold", headers={"Auto-Submitted": "auto-replied"})
add("Automatic reply: " + OUT_SUBJ, "Gary Lutz <glutz@lonestartrustco.com>", "I am no longer with Lone Star Trust Company. This mailbox is not monitored and your message will not be forwarded.", "permanent departure naming nobody", headers=dict(AUTO))
add("Réponse automatique : " + OUT_SUBJ, "Hélène Caron <h.caron@energies-caron.fr>", "Bonjour,\n\nJe ne travaille plus chez Énergies Caron depuis le 31 octobre. Ce message ne sera pas transféré.\n\nCordialement", "French permanent departure, nobody named", headers=dict(AUTO))
add(RE, "Darrell Finney <dfinney@finneyins.com>", "What is this regarding? I don't own any minerals that I know of." + outlook_en(), "confused question")
add(Re, "Irene Wolfe <iwolfe@gmail.com>", "??" + gmail(True), "question marks only")
add(Re, "Hector Salinas <hsalinas@yahoo.com>", "ok" + gmail(True), "acknowledgement")
add(RE, "Guadalupe Rivas <grivas@hotmail.com>", "¿Quién es usted? ¿De dónde sacó mi correo?" + outlook_es(), "Spanish who-is-this")
add(Re, "Ned Carver <ncarver@suddenlink.net>", "Is this legit or some kind of scam?" + gmail(True), "confused/suspicious question, no intent")
add("Delayed Mail (still being retried)", "MAILER-DAEMON@mail.redmesaminerals.com (Mail Delivery System)", f"""This is the mail system at host mail.redmesaminerals.com.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for more than 4 hour(s).
It will be retried until it is 5 day(s) old.

For further assistance, please send mail to postmaster.

                   The mail system

<sam@mcgeeranch.com>: connect to mx.mcgeeranch.com[198.51.100.40]:25: Connection
    timed out

Reporting-MTA: dns; mail.redmesaminerals.com
Final-Recipient: rfc822; sam@mcgeeranch.com
Action: delayed
Status: 4.4.1
Diagnostic-Code: X-Postfix; connect to mx.mcgeeranch.com[198.51.100.40]:25: Connection timed out
Will-Retry-Until: Sun, 8 Nov 2026 09:14:05 -0600 (CST)""", "Postfix delay warning", headers={"Content-Type": "multipart/report; report-type=delivery-status", "Auto-Submitted": "auto-replied"})
add("Gelesen: " + OUT_SUBJ, "Werner Vogel <w.vogel@gmx.de>", f"""Ihre Nachricht

    An: Werner Vogel
    Betreff: {OUT_SUBJ}
    Gesendet: Dienstag, 3. November 2026 16:14:02 (UTC+01:00)

wurde am Mittwoch, 4. November 2026 08:02:10 (UTC+01:00) gelesen.""", "German read receipt", headers={"Content-Type": "multipart/report; report-type=disposition-notification"})
add(RE, "Lester Crow <lcrow@crowranch.com>", "I'll have to think about it." + outlook_en(), "not deciding yet")
add(Re, "Dorothy Finley <dfinley@windstream.net>", "Mother is in a nursing home now and doesn't read her email. I just check it for her." + gmail(True), "bare fact, no intent")
add("Automatic reply: " + OUT_SUBJ, "Margaret Ivey <mivey@texascapitaltrust.com>", "Please note that I have retired from Texas Capital Trust effective November 1, 2026. This mailbox will be deactivated.", "permanent departure (retired) naming nobody, no headers")
