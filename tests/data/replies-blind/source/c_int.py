from common import *
RE = "RE: " + OUT_SUBJ
Re = "Re: " + OUT_SUBJ
I = []
def add(subject, frm, body, reason, html=False, headers=None):
    I.append(dict(subject=subject, **{"from": frm}, body=body, html=html, headers=headers, label="Interested", reason=reason))

add(RE, "Gary Tolliver <gtolliver@valornet.com>", "How much are you offering per acre?" + outlook_en(), "price question")
add(Re, "wandakay1948@yahoo.com", "YES CALL ME" + iphone_quote(), "yes + asks for a call, all caps, iPhone quote")
add(RE, "Bud Harlan <budharlan@windstream.net>", "432-555-8812" + original_message(), "typed phone number as the whole reply")
add(RE, "Sharon Pettigrew <spettigrew@gmail.com>", "Not right now, we are still in probate on Mom's estate. Should be wrapped up by spring. Reach back out to me in April and we can talk numbers.\n\nSharon" + gmail(True), "deferral with a concrete time (April) and invitation to come back")
add(Re, "Dale Kimbrough <dkimbrough@hotmail.com>", "I might be interested. What would you pay for 40 net mineral acres? I had another outfit offer $2,500 an acre last year and I didnt take it.\n\nDale" + gmail(True), "price question with openness")
add(RE, "Lonnie Sparks <lsparks@sparksranch.com>", "No, not at $1,800. If you can get to $3,000/NMA we can talk.\n\nLonnie Sparks\nSparks Ranch\n(325) 555-0149" + outlook_en(), "counter-offer opening with 'no'")
add(RE, "Edna Whitlock <ednaw@nts-online.net>", "Send me the paperwork and the offer in writing please. I dont do email much, mail it to PO Box 114, Pecos TX 79772." + outlook_en(), "asks for the offer and documents")
add("Re: Your letter about minerals", "Imogene Barrett <imogeneb@cebridge.net>", """Dear Ms Whitfield,

I received your letter and now this e-mail. My late husband Earl bought those minerals in 1962 when we were still farming outside of Balmorhea and he always said they would be worth something one day. I am 84 years old now and my children live in Dallas and Tulsa and they don't care a thing about them. I would consider selling if the price is fair. I do not understand all this business about net acres so you will have to explain it to me slowly. Please call in the afternoons, my number is 575-555-0133. I am hard of hearing so let it ring.

Sincerely,
Imogene Barrett""" + gmail(False), "rambling, would consider selling, asks for a call")
add(RE, "Ray Duncan <rduncan@wtxfarm.net>", "After harvest. Call me in November.\n\nSent from my Verizon, Samsung Galaxy smartphone" + original_message(), "deferral with a trigger/time and invitation to call")
add(Re, "tjbenavides@att.net", "who is this? nvm saw the letter. what kind of money we talking" + gmail(True), "who-is-this then price question: intent wins")
add(RE, "Cheryl Maddox <cmaddox@maddoxfamily.org>", """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body><div style="font-family:Calibri,Arial"><p>Hi Dana,</p><p>We&#8217;d be open to a <b>lease</b> rather than a sale. What bonus and royalty are you offering? We won&#8217;t go below a 1/4 royalty.</p><p>Thanks,<br>Cheryl Maddox</p></div><div id="appendonsend"></div><hr style="display:inline-block;width:98%"><div id="divRplyFwdMsg"><font face="Calibri" style="font-size:11pt"><b>From:</b> Dana Whitfield &lt;dana@redmesaminerals.com&gt;<br><b>Sent:</b> Tuesday, November 3, 2026 9:14 AM<br><b>To:</b> Cheryl Maddox<br><b>Subject:</b> Offer to purchase your mineral interest - Reeves County, TX</font></div><div><p>Dear Mineral Owner,</p><p>Red Mesa Minerals is interested in purchasing your mineral and royalty interest ... If you are interested in selling or leasing, please reply to this email or call me at 432-555-0187.</p></div></body></html>""", "open to a lease, asks bonus/royalty (HTML)", html=True)
add(Re, "Pete Olguin <pete.olguin@gmail.com>", "On Tue, Nov 3, 2026 at 9:14 AM Dana Whitfield <dana@redmesaminerals.com> wrote:\n\n" + gt(OUTREACH) + "\n\nya I'd sell the Ward county part. not the Reeves. call after 5\n", "bottom-posted partial deal + call")
add(Re, "Rosa Villarreal <rvillarreal@yahoo.com>", "Buenas tardes, sí me interesa. ¿Cuánto ofrecen por acre? Mi número es 956-555-0120.\n\nRosa" + gmail_lang("es"), "Spanish: interested, price question")
add(RE, "Mitch Crane <mcrane@cranecattle.com>", "I'm out of town this week at my daughter's in Lubbock but yes I'm interested, call me Monday." + outlook_en(), "typed away but interested + call Monday")
add(RE, "Laura Chen, Trust Officer <laura.chen@westexbanktrust.com>", """Ms. Whitfield,

As trustee of the Hargrove Family Trust, the Bank would consider an offer on the trust's interest. Please send a written offer together with a draft mineral deed and the legal description so our Mineral Management group can review it.

Regards,

Laura Chen, CTFA
Vice President & Trust Officer
West Texas Bank & Trust | Wealth Management
806-555-0140""" + FOOTER + outlook_en(), "trust officer asks for written offer and documents")
add(Re, "Glenn Hobbs <ghobbs@centurylink.net>", "Send it to me and my CPA, Bob Lindsey, blindsey@lindseycpa.com, we'll look at it together.\n\nGlenn" + gmail(True), "CPA copied while sender stays engaged: not a referral")
add(RE, "Ty Barnett <tybarnett@icloud.com>", "Maybe. Depends on the number. What are you offering?\n\nSent from my iPhone" + original_message(), "asks for the offer")
add(RE, "Randall Fite <rfite@fiteoilandgas.com>", "Is this the Section 12 tract that Pioneer drilled in 2019? Are those wells still producing? Whats the decimal interest you show for me. If the numbers make sense I'll sell." + outlook_en(), "due-diligence questions with openness")
add(RE, "Angela Ruiz <aruiz@ruizlaw.net>", "Can we do a Zoom call Thursday at 2pm central to go over it?" + outlook_en(), "proposes a time for a call")
add(Re, "Wes Calloway <wes.calloway@gmail.com>", "Thursday at 10 works. My cell is (806) 555-0177." + gmail(True), "accepts a time, gives phone")
add(RE, "Klaus Hartmann <k.hartmann@t-online.de>", "Sehr geehrte Frau Whitfield,\n\nja, grundsätzlich bin ich interessiert. Bitte senden Sie mir ein schriftliches Angebot.\n\nMit freundlichen Grüßen\nKlaus Hartmann" + outlook_de(), "German: interested, asks for written offer")
add(RE, "Joe Pena <joepena@sbcglobal.net>", "We are waiting on the estate taxes to settle. Come back to me after April 15th and I'll look at an offer." + outlook_en(), "deferral with concrete trigger and invitation")
add(Re, "Marlene Hicks <mhicks54@aol.com>", "i only want to sell half of what i have. would you buy half my interest?" + gmail(True), "partial deal")
add(RE, "Sophie Dubois <sophie.dubois@orange.fr>", "Bonjour,\n\nJe suis l'héritière de M. Henri Dubois, propriétaire de minéraux au Texas. Je serais intéressée par une offre. Pouvez-vous m'envoyer les détails ?\n\nCordialement,\nSophie Dubois" + outlook_fr(), "French: interested, asks for details")
add(RE, "Calvin Moody <cmoody@moodyag.com>", "Yes. Please send the offer.\n\nCalvin Moody\nMoody Agricultural Services" + FOOTER + outlook_en(), "yes + asks for offer, with confidentiality footer")
add(Re, "Harold Gunn <hgunn@suddenlink.net>", "Not interested in selling but we would lease it. What's your bonus per acre and term?" + gmail(True), "opens with a no but counter-proposes a lease")
add(RE, "Jim Pruitt <jim@pruittranch.com>", "Give me a call tomorrow morning.\n\n--\nJim Pruitt\nPruitt Ranch\n325-555-0144" + outlook_en(), "asks for a call")
add(Re, "Maria Santos <maria.santos@uol.com.br>", "Olá, tenho interesse. Qual é o valor da oferta?\n\nAtt,\nMaria Santos" + gmail_lang("pt"), "Portuguese: interested, asks for the offer value")
add(RE, "Doyle Kemp <dkemp@valornet.com>", "not now, call me in March" + outlook_en(), "contract example: deferral with time = Interested")
