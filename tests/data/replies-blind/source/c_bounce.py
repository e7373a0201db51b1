from common import *
B = []
def add(subject, frm, body, reason, html=False, headers=None):
    B.append(dict(subject=subject, **{"from": frm}, body=body, html=html, headers=headers, label="Bounce", reason=reason))
DSNCT = {"Content-Type": "multipart/report; report-type=delivery-status; boundary=\"9B095B5ADSN=_01DB2C\"", "Auto-Submitted": "auto-replied"}

add("Undeliverable: " + OUT_SUBJ, "Microsoft Outlook <postmaster@basinroyalty.onmicrosoft.com>", f"""Your message to jsmith@basinroyalty.com couldn't be delivered.

jsmith wasn't found at basinroyalty.com.

dana             Office 365          jsmith
Action Required                      Recipient

Unknown To address

How to Fix It
The address may be misspelled or may not exist. Try one or more of the following:
Send the message again following these steps: In Outlook, open this non-delivery report (NDR) and choose Send Again from the Report ribbon.

Was this helpful? Send feedback to Microsoft.
________________________________

Diagnostic information for administrators:

Generating server: SN6PR01MB4120.namprd01.prod.outlook.com

jsmith@basinroyalty.com
Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient jsmith@basinroyalty.com not found by SMTP address lookup'

Original message headers:

Received: from BN8PR12MB3361.namprd12.prod.outlook.com (2603:10b6:408:67::19)
Subject: {OUT_SUBJ}
From: Dana Whitfield <dana@redmesaminerals.com>

{OUTREACH}""", "Office 365 NDR, recipient not found", headers=dict(DSNCT))
add("Delivery Status Notification (Failure)", "Mail Delivery Subsystem <mailer-daemon@googlemail.com>", f"""
** Address not found **

Your message wasn't delivered to carl.wendt1951@gmail.com because the address couldn't be found, or is unable to receive mail.

Learn more here: https://support.google.com/mail/?p=NoSuchUser

The response was:

550 5.1.1 The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces. For more information, go to https://support.google.com/mail/?p=NoSuchUser d75a77b69052e-4a7f1b2c3d4si1234567qtb.123 - gsmtp

Final-Recipient: rfc822; carl.wendt1951@gmail.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550-5.1.1 The email account that you tried to reach does not exist.

----- Original message -----

{returned_original("carl.wendt1951@gmail.com")}""", "Gmail NDR, no such user", headers={"Content-Type": "multipart/report; report-type=delivery-status", "X-Failed-Recipients": "carl.wendt1951@gmail.com", "Auto-Submitted": "auto-replied"})
add("Undelivered Mail Returned to Sender", "MAILER-DAEMON@mail.wtxranch.net (Mail Delivery System)", f"""This is the mail system at host mail.wtxranch.net.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<hank@wtxranch.net>: host mail.wtxranch.net[10.0.0.5] said: 550 5.1.1
    <hank@wtxranch.net>: Recipient address rejected: User unknown in virtual
    mailbox table (in reply to RCPT TO command)

Reporting-MTA: dns; mail.wtxranch.net
X-Postfix-Queue-ID: 4XyZ1k2Lmnz9abc
X-Postfix-Sender: rfc822; dana@redmesaminerals.com
Arrival-Date: Tue,  3 Nov 2026 09:14:05 -0600 (CST)

Final-Recipient: rfc822; hank@wtxranch.net
Original-Recipient: rfc822;hank@wtxranch.net
Action: failed
Status: 5.1.1
Remote-MTA: dns; mail.wtxranch.net
Diagnostic-Code: smtp; 550 5.1.1 <hank@wtxranch.net>: Recipient address
    rejected: User unknown in virtual mailbox table

{returned_original("hank@wtxranch.net")}""", "Postfix NDR, user unknown", headers=dict(DSNCT))
add("Mail delivery failed: returning message to sender", "Mail Delivery System <Mailer-Daemon@server.hostgator.com>", f"""This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  bob@pecosranch.net
    mailbox is full: retry timeout exceeded

------ This is a copy of the message, including all the headers. ------

Return-path: <dana@redmesaminerals.com>
Received: from mail.redmesaminerals.com ([203.0.113.10]:51234)
{returned_original("bob@pecosranch.net")}""", "Exim, mailbox full", headers={"X-Failed-Recipients": "bob@pecosranch.net", "Auto-Submitted": "auto-replied"})
add("Returned mail: see transcript for details", "Mail Delivery Subsystem <MAILER-DAEMON@mx1.ozona.net>", f"""The original message was received at Tue, 3 Nov 2026 09:14:07 -0600
from mail.redmesaminerals.com [203.0.113.10]

   ----- The following addresses had permanent fatal errors -----
<lwatts@ozona.net>
    (reason: 550 5.1.1 <lwatts@ozona.net>... User unknown)

   ----- Transcript of session follows -----
... while talking to mail.ozona.net.:
>>> DATA
<<< 550 5.1.1 <lwatts@ozona.net>... User unknown
550 5.1.1 <lwatts@ozona.net>... User unknown
<<< 503 5.0.0 Need RCPT (recipient)

   ----- Original message follows -----

{returned_original("lwatts@ozona.net")}""", "sendmail NDR, user unknown")
add("failure notice", "MAILER-DAEMON@mx.cebridge.net", f"""Hi. This is the qmail-send program at mx.cebridge.net.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<oldrancher@cebridge.net>:
Sorry, no mailbox here by that name. (#5.1.1)

--- Below this line is a copy of the message.

Return-Path: <dana@redmesaminerals.com>
{returned_original("oldrancher@cebridge.net")}""", "qmail, no mailbox")
add("Failure Notice", "MAILER-DAEMON@yahoo.com", f"""Sorry, we were unable to deliver your message to the following address.

<grannyb_1944@yahoo.com>:
554: delivery error: dd This user doesn't have a yahoo.com account (grannyb_1944@yahoo.com) [0] - mta4321.mail.gq1.yahoo.com

--- Below this line is a copy of the message.

{returned_original("grannyb_1944@yahoo.com")}""", "Yahoo, no account")
add("Undeliverable: " + OUT_SUBJ, "postmaster@oilfieldsupply.com", f"""Delivery has failed to these recipients or groups:

mgarcia@oilfieldsupply.com
Your message wasn't delivered because the recipient's email provider rejected it.

Diagnostic information for administrators:

Generating server: CY4PR05MB2345.namprd05.prod.outlook.com

mgarcia@oilfieldsupply.com
Remote Server returned '550 5.7.1 Service unavailable, Client host [203.0.113.10] blocked using Spamhaus. To request removal from this list see https://www.spamhaus.org/query/ip/203.0.113.10 (AS3130). [CY4PR05MB2345.namprd05.prod.outlook.com]'

Original message headers:

From: Dana Whitfield <dana@redmesaminerals.com>
Subject: {OUT_SUBJ}""", "Exchange spam rejection", headers=dict(DSNCT))
add("Delivery Status Notification (Failure)", "Mail Delivery Subsystem <mailer-daemon@googlemail.com>", f"""
** Address not found **

Your message wasn't delivered to tom@ranchmaill.net because the domain ranchmaill.net couldn't be found. Check for typos or unnecessary spaces and try again.

The response was:

DNS Error: DNS type 'mx' lookup of ranchmaill.net responded with code NXDOMAIN Domain name not found: ranchmaill.net

{returned_original("tom@ranchmaill.net")}""", "Gmail, domain not found", headers={"X-Failed-Recipients": "tom@ranchmaill.net"})
add("Unzustellbar: " + OUT_SUBJ, "Microsoft Outlook <postmaster@stadtwerke-muster.de>", f"""Ihre Nachricht an h.mueller@stadtwerke-muster.de konnte nicht übermittelt werden.

h.mueller wurde unter stadtwerke-muster.de nicht gefunden.

Aktion erforderlich
Unbekannte An-Adresse

So beheben Sie das Problem
Die Adresse ist möglicherweise falsch geschrieben oder nicht vorhanden.

Diagnoseinformationen für Administratoren:

Generierender Server: AM0PR10MB1234.EURPRD10.PROD.OUTLOOK.COM

h.mueller@stadtwerke-muster.de
Remoteserver hat '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup' zurückgegeben.

Ursprüngliche Nachrichtenkopfzeilen:

From: Dana Whitfield <dana@redmesaminerals.com>
Subject: {OUT_SUBJ}""", "German Exchange NDR", headers=dict(DSNCT))
add("Non remis : " + OUT_SUBJ, "Microsoft Outlook <postmaster@groupe-exemple.fr>", f"""Votre message à j.lefevre@groupe-exemple.fr n'a pas pu être remis.

j.lefevre est introuvable sur groupe-exemple.fr.

Action requise
Adresse À inconnue

Informations de diagnostic pour les administrateurs :

Serveur de génération : PR1PR08MB5678.eurprd08.prod.outlook.com

j.lefevre@groupe-exemple.fr
Le serveur distant a retourné '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'

En-têtes de message d'origine :

From: Dana Whitfield <dana@redmesaminerals.com>
Subject: {OUT_SUBJ}""", "French Exchange NDR", headers=dict(DSNCT))
add("No se puede entregar: " + OUT_SUBJ, "Microsoft Outlook <postmaster@ganaderia-norte.mx>", f"""No se pudo entregar el mensaje a rgomez@ganaderia-norte.mx.

No se encontró rgomez en ganaderia-norte.mx.

Se requiere una acción
Dirección Para desconocida

Información de diagnóstico para administradores:

Servidor de generación: MW4PR04MB7654.namprd04.prod.outlook.com

rgomez@ganaderia-norte.mx
El servidor remoto devolvió '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'

Encabezados del mensaje original:

From: Dana Whitfield <dana@redmesaminerals.com>
Subject: {OUT_SUBJ}""", "Spanish Exchange NDR", headers=dict(DSNCT))
add("Não é possível entregar: " + OUT_SUBJ, "Microsoft Outlook <postmaster@fazendaboa.com.br>", f"""Sua mensagem para jose.silva@fazendaboa.com.br não pôde ser entregue.

jose.silva não foi encontrado em fazendaboa.com.br.

Informações de diagnóstico para administradores:

Servidor de geração: CP2PR80MB1234.lamprd80.prod.outlook.com

jose.silva@fazendaboa.com.br
O servidor remoto retornou '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'

Cabeçalhos da mensagem original:

From: Dana Whitfield <dana@redmesaminerals.com>
Subject: {OUT_SUBJ}""", "Portuguese Exchange NDR", headers=dict(DSNCT))
add("Delivery Status Notification (Failure)", "Mail Delivery Subsystem <mailer-daemon@googlemail.com>", f"""
** Message not delivered **

Your message couldn't be delivered to rosemary.ketchum@gmail.com because the remote server is misconfigured or the recipient's inbox is out of storage space.

The response from the remote server was:

452 4.2.2 The recipient's inbox is out of storage space and inactive. Please direct the recipient to https://support.google.com/mail/?p=OverQuotaPerm

Final-Recipient: rfc822; rosemary.ketchum@gmail.com
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp; 552 5.2.2 The recipient's inbox is out of storage space and inactive.

{returned_original("rosemary.ketchum@gmail.com")}""", "Gmail, mailbox full permanent", headers={"Content-Type": "multipart/report; report-type=delivery-status"})
add("Undelivered Mail Returned to Sender", "MAILER-DAEMON@smtp.mrpsupply.com (Mail Delivery System)", f"""This is the mail system at host smtp.mrpsupply.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

                   The mail system

<purchasing@mrpsupply.com>: host mx1.mrpsupply.com[198.51.100.7] said: 554 5.7.1
    Service unavailable; Client host [203.0.113.10] blocked using
    zen.spamhaus.org (in reply to RCPT TO command)

{returned_original("purchasing@mrpsupply.com")}""", "Postfix spam/policy rejection")
add("Undeliverable: " + OUT_SUBJ, "System Administrator <postmaster@hobbsfarmco.local>", f"""Your message did not reach some or all of the intended recipients.

      Subject:	{OUT_SUBJ}
      Sent:	11/3/2026 9:14 AM

The following recipient(s) cannot be reached:

      Gus Hobbs on 11/3/2026 9:14 AM
            The e-mail account does not exist at the organization this message was sent to.  Check the e-mail address, or contact the recipient directly to find out the correct address.
            <mail.hobbsfarmco.local #5.1.1 smtp;550 5.1.1 RESOLVER.ADR.RecipientNotFound; not found>""", "Exchange 2010 style NDR")
add("Mail delivery failed: returning message to sender", "Mail Delivery System <Mailer-Daemon@box5123.bluehost.com>", f"""This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  royalty@sandcreekminerals.com
    host mx.sandcreekminerals.com [192.0.2.44]
    SMTP error from remote mail server after RCPT TO:<royalty@sandcreekminerals.com>:
    550 No such user here

------ This is a copy of the message, including all the headers. ------

{returned_original("royalty@sandcreekminerals.com")}""", "Exim, no such user", headers={"X-Failed-Recipients": "royalty@sandcreekminerals.com"})
add("Undeliverable: " + OUT_SUBJ, "postmaster@barracuda.ranchbank.com", f"""Your message could not be delivered to the following recipient:

trust@ranchbank.com

Reason: 554 5.7.1 Message rejected as spam by Content Filtering.

Reporting-MTA: dns; barracuda.ranchbank.com
Final-Recipient: rfc822; trust@ranchbank.com
Action: failed
Status: 5.7.1

--- Original message follows ---
{returned_original("trust@ranchbank.com")}""", "content-filter spam rejection", headers={"Content-Type": "multipart/report; report-type=delivery-status"})
add("Delivery Status Notification (Failure)", "postmaster@mimecast.com", f"""Your message couldn't be delivered to the recipient(s): acct@permianops.com

Reason: 550 Rejected by header based Anti-Spoofing policy: dana@redmesaminerals.com - https://community.mimecast.com/docs/DOC-1369#550

Reporting-MTA: dns; us-smtp-inbound-1.mimecast.com
Final-Recipient: rfc822; acct@permianops.com
Action: failed
Status: 5.0.0
Diagnostic-Code: smtp; 550 Rejected by header based Anti-Spoofing policy""", "Mimecast policy rejection", headers={"Content-Type": "multipart/report; report-type=delivery-status"})
add("Failure Notice", "MAILER-DAEMON@yahoo.com", f"""Sorry, we were unable to deliver your message to the following address.

<bigtex47@ymail.com>:
554: delivery error: dd Requested mail action aborted - mta4002.mail.ne1.yahoo.com This mailbox is disabled (554.30)

--- Below this line is a copy of the message.

{returned_original("bigtex47@ymail.com")}""", "Yahoo, mailbox disabled")
add("Impossibile recapitare: " + OUT_SUBJ, "Microsoft Outlook <postmaster@oliotoscana.it>", f"""Impossibile recapitare il messaggio a m.rossi@oliotoscana.it.

Impossibile trovare m.rossi in oliotoscana.it.

Informazioni di diagnostica per gli amministratori:

Server di generazione: DB8PR03MB5555.eurprd03.prod.outlook.com

m.rossi@oliotoscana.it
Il server remoto ha restituito '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'""", "Italian Exchange NDR", headers=dict(DSNCT))
add("Undeliverable mail", "MAILER-DAEMON@aol.com", f"""Your mail to the following recipients could not be delivered because they are not accepting mail from dana@redmesaminerals.com:

   bettyl1937@aol.com

The recipient's server responded: 550 5.1.1 <bettyl1937@aol.com>: Recipient address rejected: aol.com

--- Original message ---
{returned_original("bettyl1937@aol.com")}""", "AOL NDR")
add("Returned mail: see transcript for details", "Mail Delivery Subsystem <MAILER-DAEMON@relay.iland.net>", f"""The original message was received at Tue, 3 Nov 2026 09:14:11 -0600

   ----- The following addresses had permanent fatal errors -----
<wells@ranchoil.com>
    (reason: 550 Host unknown)

   ----- Transcript of session follows -----
550 5.1.2 <wells@ranchoil.com>... Host unknown (Name server: ranchoil.com: host not found)

Reporting-MTA: dns; relay.iland.net
Final-Recipient: RFC822; wells@ranchoil.com
Action: failed
Status: 5.1.2
Remote-MTA: DNS; ranchoil.com

{returned_original("wells@ranchoil.com")}""", "sendmail, host unknown", headers={"Content-Type": "multipart/report; report-type=delivery-status"})
add("Onbestelbaar: " + OUT_SUBJ, "Microsoft Outlook <postmaster@boerderij-jansen.nl>", f"""Uw bericht aan k.jansen@boerderij-jansen.nl kan niet worden bezorgd.

k.jansen is niet gevonden op boerderij-jansen.nl.

Diagnostische gegevens voor beheerders:

Genererende server: AM6PR02MB4321.eurprd02.prod.outlook.com

k.jansen@boerderij-jansen.nl
Externe server heeft '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup' geretourneerd""", "Dutch Exchange NDR", headers=dict(DSNCT))
add("Undeliverable: " + OUT_SUBJ, "Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@mesaag.onmicrosoft.com>", f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body dir="ltr"><table width="710" style="border-spacing:0"><tr><td style="font-size:16px;color:#000000;padding:0 0 30px 0">Your message to <a href="mailto:pdelgado@mesaag.com">pdelgado@mesaag.com</a> couldn't be delivered.</td></tr><tr><td style="font-size:24px;color:#000000">pdelgado wasn't found at mesaag.com.</td></tr><tr><td><b>Action Required</b> Recipient<br>Unknown To address</td></tr></table><br><br><table><tr><td style="font-size:17px"><b>Diagnostic information for administrators:</b></td></tr><tr><td>Generating server: BY5PR11MB4456.namprd11.prod.outlook.com<br><br>pdelgado@mesaag.com<br>Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient pdelgado@mesaag.com not found by SMTP address lookup'<br></td></tr></table><p>Original message headers:</p><pre>From: Dana Whitfield &lt;dana@redmesaminerals.com&gt;
Subject: {OUT_SUBJ}</pre></body></html>""", "Office 365 NDR in HTML", html=True, headers=dict(DSNCT))
add("Message blocked", "Mail Delivery Subsystem <mailer-daemon@googlemail.com>", f"""
** Message blocked **

Your message to wyatt.sanders@sandersranch.com has been blocked. See technical details below for more information.

The response was:

550 5.7.1 Unauthenticated email from redmesaminerals.com is not accepted due to domain's DMARC policy. Please contact the administrator of redmesaminerals.com domain if this was a legitimate mail.

{returned_original("wyatt.sanders@sandersranch.com")}""", "Gmail, policy block", headers={"X-Failed-Recipients": "wyatt.sanders@sandersranch.com"})
add("Delivery Status Notification (Failure)", "Mail Delivery Subsystem <mailer-daemon@googlemail.com>", f"""
** Message not delivered **

There was a problem delivering your message to office@lazyjranch.com. See the technical details below.

LastAttempt: Thu, 05 Nov 2026 09:20:14 -0800 (PST)

The recipient server did not accept our requests to connect. Learn more at https://support.google.com/mail/answer/7720 [mail.lazyjranch.com 198.51.100.99: timed out]

Final-Recipient: rfc822; office@lazyjranch.com
Action: failed
Status: 4.4.1
Diagnostic-Code: smtp; The recipient server did not accept our requests to connect.

{returned_original("office@lazyjranch.com")}""", "Gmail final failure after retries", headers={"Content-Type": "multipart/report; report-type=delivery-status", "X-Failed-Recipients": "office@lazyjranch.com"})
