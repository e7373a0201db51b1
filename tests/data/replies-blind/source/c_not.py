from common import *
RE = "RE: " + OUT_SUBJ
Re = "Re: " + OUT_SUBJ
N = []
def add(subject, frm, body, reason, html=False, headers=None):
    N.append(dict(subject=subject, **{"from": frm}, body=body, html=html, headers=headers, label="NotInterested", reason=reason))

add(RE, "Earl Dockery <edockery@windstream.net>", "No" + outlook_en(), "one-word decline")
add(Re, "bettyjo.ames@gmail.com", "STOP" + gmail(True), "opt-out")
add(RE, "Frank Ledbetter <fledbetter@yahoo.com>", "Remove me from your list." + original_message(), "opt-out")
add(RE, "Nancy Ybarra <nybarra@ybarrainc.com>", "Not interested. Please do not contact me again.\n\nNancy Ybarra\nYbarra Inc.\n(432) 555-0161" + outlook_en(), "decline + opt-out, signature with phone")
add(Re, "Bobby Slaton <bslaton@hotmail.com>", "This is the 5th letter you people have sent me. I AM NOT SELLING. Quit wasting paper and quit wasting my time." + gmail(True), "hostile refusal")
add(Re, "Vern Kessler <vkessler@gmail.com>", "Sure, I'll sell you my minerals for a nickel an acre, right after hell freezes over. Lose my address." + gmail(True), "sarcastic refusal")
add(RE, "Dwight Fenner <dfenner@fennerfarms.com>", "Already leased to Diamondback last year, thanks anyway." + outlook_en(), "already leased, company named as a fact")
add(RE, "Carol Whitten <cwhitten@whittenland.com>", "Not right now, but keep us in mind.\n\nCarol" + outlook_en(), "contract example: not now, keep in mind, no time")
add(RE, "Land Department <land@permianroyaltyco.com>", "We handle all mineral acquisitions and divestitures in-house and are not selling at this time." + outlook_en(), "handled in-house, nobody named")
add(Re, "jdhollister@att.net", "Unsubscribe" + gmail(False), "opt-out")
add(RE, "Marvin Tate <mtate@tateoil.com>", "At $1,800 an acre? No thanks. The last offer we turned down was triple that." + outlook_en(), "price mentioned only to rule out")
add("Re: Your letter", "Ruth Ann Meeks <rameeks@nts-online.net>", """Dear Sir,

These minerals were my father's and his father's before him and they will stay in this family. We do not wish to sell. Please take us off your list.

God bless,
Ruth Ann Meeks""" + gmail(False), "polite decline, elderly, opt-out")
add(Re, "Alejandro Garza <agarza@prodigy.net.mx>", "No estamos interesados, gracias. Por favor no nos vuelvan a escribir." + outlook_es(), "Spanish decline + opt-out")
add(RE, "Monika Schreiber <m.schreiber@gmx.de>", "Kein Interesse. Bitte streichen Sie mich aus Ihrem Verteiler." + outlook_de(), "German decline + opt-out")
add(RE, "Pierre Lambert <p.lambert@free.fr>", "Non merci, pas intéressé." + outlook_fr(), "French decline")
add(Re, "Billy Ray Combs <brcombs@yahoo.com>", "already sold those years ago" + gmail(True), "already sold, nobody named")
add(RE, "Tom Haskell <thaskell@haskellranch.net>", "Pass." + outlook_en(), "one-word decline")
add(RE, "Shirley Booth <sbooth@bootheng.com>", "Not at this time.\n\nShirley Booth, P.E.\nBooth Engineering\n915-555-0122" + FOOTER + outlook_en(), "decline, footer and signature phone")
add(Re, "Kenny Lusk <klusk@gmail.com>", "On Tue, Nov 3, 2026 at 9:14 AM Dana Whitfield <dana@redmesaminerals.com> wrote:\n\n" + gt(OUTREACH) + "\n\nno thank you\n", "bottom-posted decline")
add(RE, "Patricia Moreno, Trust Officer <pmoreno@amarillonatltrust.com>", """Ms. Whitfield:

The Trust has reviewed your unsolicited offer and respectfully declines. It is the Trust's policy to retain its mineral holdings.

Patricia Moreno
Senior Trust Officer | Amarillo National Trust
806-555-0131""" + FOOTER + outlook_en(), "trust officer declines")
add(RE, "lorettacase@icloud.com", "REMOVE\n\nSent from my iPhone" + original_message(), "opt-out, all caps")
add(RE, "Gordon Pike <gpike@pikeinsurance.com>", "I'm not the right person for this, and we're not interested anyway." + outlook_en(), "not the right person, nobody named, declines")
add(Re, "Otis Barlow <otisbarlow@suddenlink.net>", "Why would I sell when Exxon is paying me three times what youre offering in royalties every month? No." + gmail(True), "sarcastic decline")
add(Re, "Jenny Colter <jcolter@gmail.com>", "we're good. thanks though" + gmail(True), "polite decline")
add(RE, "Hal Whitaker <hal@whitakerproperties.com>", """<html><body><div dir="ltr">Please stop emailing this address. We are not interested in selling or leasing.</div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">On Tue, Nov 3, 2026 at 9:14 AM Dana Whitfield &lt;<a href="mailto:dana@redmesaminerals.com">dana@redmesaminerals.com</a>&gt; wrote:<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex"><div>Dear Mineral Owner,<br><br>Red Mesa Minerals is interested in purchasing your mineral and royalty interest... If you are interested in selling or leasing, please reply to this email or call me at 432-555-0187.</div></blockquote></div></body></html>""", "opt-out + decline (HTML, blockquote)", html=True)
add(RE, "João Ferreira <joao.ferreira@gmail.com>", "Não tenho interesse, obrigado." + outlook_pt(), "Portuguese decline")
add(Re, "Clyde Ashby <cashby@ashbyfamily.net>", "My wife and I have talked it over and we've decided to hold onto them for the grandkids. Appreciate you reaching out.\n\nClyde" + gmail(True), "decided to keep: decline")
