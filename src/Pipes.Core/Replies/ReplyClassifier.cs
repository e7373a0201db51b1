namespace Pipes.Replies;

/// <summary>One received reply, as the classifier reads it.</summary>
/// <param name="Subject">The subject as received ("RE: …", "Automatic reply: …").</param>
/// <param name="Body">The body, text or HTML, quoted history included.</param>
/// <param name="IsHtml">Whether <paramref name="Body"/> is HTML (it is also detected).</param>
/// <param name="From">The sender, "Name &lt;address&gt;" or an address.</param>
/// <param name="Headers">Internet headers (Auto-Submitted, X-Autoreply, Precedence, Content-Type, X-Failed-Recipients …).</param>
/// <param name="Received">When it arrived (UTC); a return date without a year is read relative to it. Today when null.</param>
/// <param name="OwnAddresses">The mailbox's own addresses (the outreach sender): never a referral contact.</param>
public sealed record ReplyMessage(string? Subject, string? Body, bool IsHtml = false, string? From = null,
    IReadOnlyDictionary<string, string>? Headers = null, DateTime? Received = null, IReadOnlyList<string>? OwnAddresses = null);

/// <summary>
/// Classifies replies to outreach by the label policy (shared REPLY-LABELS.md), in its order:
/// <list type="number">
/// <item>Only the new text counts (<see cref="ReplyText"/>): quoted history, signatures and footers never decide.</item>
/// <item>Bounce: a non-delivery report (sender, subject, report headers, DSN wording; two signs decide), in any
/// language; a spam rejection is a bounce. A delay warning, read receipt, recall notice or challenge-response
/// hold is a machine message but no reply and no failure: Unknown.</item>
/// <item>Automatic replies (auto headers, "Automatic reply:" subjects in five languages): a permanent departure
/// naming someone is Referral, naming nobody Unknown; everything else automatic is OutOfOffice, with its return date.</item>
/// <item>A person's reply: the closed list of one-word answers ("No", "STOP", "Yes", "Thanks"); otherwise the intent
/// model (<see cref="ReplyModel"/>, a logistic regression over words, pairs, letters and the policy's cues, learned
/// from the labelled replies), then the policy rules a model cannot learn from a few examples: without an automatic
/// header, subject or an auto-reply's wording, "away" is no out-of-office (a person typing that they are away is
/// judged by what they ask); a named onward address outranks a decline (Referral), and so does a relative or adviser
/// named with a way to reach them, before any interest; a counter-offer is Interested even opening with "no"; an ask
/// for the offer outweighs who-is-this; a reply closing on a bare "No" declines; "not the right person" naming nobody
/// is no referral; an opt-out is a decline where nothing else decides; and a decline that names a
/// time and invites us back is Interested (with <see cref="ReplyClassification.FollowUp"/>).</item>
/// </list>
/// The classification's Evidence names what decided: the rule and its words, or the model's most decisive features.
/// </summary>
public sealed class ReplyClassifier
{
    private readonly Func<ReplyModel> _model;

    /// <summary>A classifier over the shipped model (loaded on first use).</summary>
    public ReplyClassifier() : this(() => ReplyModel.Default) { }

    /// <summary>A classifier over a given model (the benchmark's cross-corpus runs train one per direction).</summary>
    public ReplyClassifier(ReplyModel model) : this(() => model) { }

    private ReplyClassifier(Func<ReplyModel> model) => _model = model;

    /// <summary>The shipped classifier.</summary>
    public static ReplyClassifier Default { get; } = new();

    /// <summary>Classifies a reply with the shipped model.</summary>
    public static ReplyClassification Classify(string? subject, string? body, bool isHtml = false, string? from = null,
        IReadOnlyDictionary<string, string>? headers = null, DateTime? received = null, IReadOnlyList<string>? ownAddresses = null) =>
        Default.Classify(new ReplyMessage(subject, body, isHtml, from, headers, received, ownAddresses));

    /// <summary>Classifies one reply. Never throws on odd input: an empty or unreadable reply is Unknown.</summary>
    public ReplyClassification Classify(ReplyMessage message)
    {
        var subject = message.Subject ?? "";
        var body = message.Body ?? "";
        var isHtml = message.IsHtml || ReplyText.LooksLikeHtml(body);
        var parts = ReplyText.Split(body, isHtml, out var whole);
        var reply = parts.NewText;
        var headers = message.Headers;

        // 1. Reports from mail systems.
        var bounce = ReplyRules.BounceEvidence(subject, whole, message.From, headers, out var bounceScore);
        if (ReplyRules.MachineNonReply(subject, whole, headers, message.From) is { } machine)
            return new ReplyClassification(ReplyClass.Unknown, 0.9, ["machine message: " + machine], reply);
        if (bounceScore >= 2)
            return new ReplyClassification(ReplyClass.Bounce, bounceScore >= 4 ? 0.98 : 0.9, bounce, reply);

        var (email, phone, name) = ReplyContacts.Find(reply, parts.Quoted, message.From, message.OwnAddresses);

        // 2. Automatic replies: a departure, else an absence or receipt.
        var automatic = ReplyRules.AutomaticEvidence(subject, headers);
        if (automatic.Count > 0)
        {
            // (A retiree whose address is still read now and then is away, not gone, unless someone to deal with instead is named by name,
            // address or street: "If it's urgent, call the farm at ..." is an absence's number; "my files went to Sarah Hittle, 515 S. Main St."
            // a departure's hand-off; a review's.)
            if (ReplyRules.Departure(reply) is { } left
                && !(ReplyRules.StillReadsTheAddress(reply) && email is null && name is null && !ReplyRules.NamesAStreetAddress(reply)))
            {
                automatic.Add("departure: " + left);
                return email is not null || phone is not null || name is not null
                    ? new ReplyClassification(ReplyClass.Referral, 0.9, [.. automatic, "names: " + (name ?? email ?? phone)], reply, name, email, phone)
                    : new ReplyClassification(ReplyClass.Unknown, 0.8, [.. automatic, "names nobody to contact"], reply);
            }
            var received = message.Received ?? DateTime.UtcNow;
            return new ReplyClassification(ReplyClass.OutOfOffice, 0.95, automatic, reply, name, email, phone, ReplyRules.ReturnDate(reply, received));
        }

        // 3. A person's reply, and what it asks not to be contacted by, whatever its class.
        // A reply with nothing typed above the quote says it in the subject ("Unsubscribe", "Remove me").
        var optOut = ReplyOptOut.Find(reply) ?? (string.IsNullOrWhiteSpace(reply) ? ReplyOptOut.FindInSubject(subject) : null);
        var typedInSubject = string.IsNullOrWhiteSpace(reply) ? ReplyRules.SubjectAnswer(subject, parts.Quoted) : null;
        // Nothing typed above the quote but a signature, and more than a short answer typed into the subject: the subject's words are the
        // reply, read as one (a hand-off typed there; a blind set's).
        // (A signature: a block, or a name over its town, "Pablo Reyes / Phoenix, AZ".)
        if (typedInSubject is null && (string.IsNullOrWhiteSpace(reply) || ReplyText.SignatureAlone(reply)
                || ReplyText.Body(reply).Trim() is var typedBody && !typedBody.Contains('\n') && ReplyRules.IsNameLine(typedBody))
            && ReplyRules.SubjectTypedText(subject, parts.Quoted) is { } typedText)
        {
            var read = Classify(message with { Subject = subject[..subject.LastIndexOf(typedText, StringComparison.Ordinal)].TrimEnd(' ', '-', '–', '—'), Body = typedText + "\n\n" + reply, IsHtml = false });
            return read with { Evidence = ["the reply typed into the subject: \"" + typedText + "\"", .. read.Evidence] };
        }
        var person = PersonReply(reply, typedInSubject, email, phone, name, bounceScore, message.Received, optOut, message.From) with { OptOut = optOut };
        // An opt-out is a decline (REPLY-LABELS.md step 5) whatever else the reply leaves unclear: "QUIT SENDING ME THIS JUNK".
        if (person.Classification == ReplyClass.Unknown && optOut is not null && !string.IsNullOrWhiteSpace(reply))
            person = person with { Classification = ReplyClass.NotInterested, Evidence = ["policy: an opt-out is a decline (" + optOut.Words + ")", .. person.Evidence] };
        // A request to be called at a number, where no opt-out was read (a line stopped only to name another: "Don't call my office,
        // call my cell 432-...") is interest (step 4), not a decline.
        else if (person.Classification == ReplyClass.NotInterested && optOut is null && phone is not null && ReplyRules.CallMeAt(reply) is { } callAt)
            person = person with { Classification = ReplyClass.Interested, Evidence = ["policy: asks to be called (\"" + callAt + "\")", .. person.Evidence] };
        return person;
    }

    /// <summary>Step 3: the one-word answers, else the model and the policy rules around it.</summary>
    private ReplyClassification PersonReply(string reply, (ReplyClass Class, string Words)? typedInSubject, string? email, string? phone, string? name, int bounceScore, DateTime? received, ReplyOptOut? optOut, string? from)
    {
        // Nothing typed above the quote, an answer typed into the subject (REPLY-LABELS.md step 0 counts the subject).
        if (typedInSubject is { } typed)
            return new ReplyClassification(typed.Class, 0.9, [$"no new text; typed in the subject: \"{typed.Words}\""], reply);
        if (ReplyRules.ShortAnswer(reply, out var word) is { } shortClass)
            return new ReplyClassification(shortClass, shortClass == ReplyClass.Unknown ? 0.7 : 0.95,
                [word.Length == 0 ? "no new text" : $"whole reply: \"{word}\""], reply);

        // "Call Beto 432 555 0176": another to call, named, and his number, nothing else (a blind set's).
        if (name is not null && phone is not null && ReplyRules.CallsAnotherOnly(reply))
            return new ReplyClassification(ReplyClass.Referral, 0.9, [$"policy: another to call, named with a number, and nothing else (\"{name}\")"], reply, name, null, phone);
        if (ReplyRules.OnlyAPhoneNumber(reply))
            return new ReplyClassification(ReplyClass.Interested, 0.9, ["policy: a typed phone number as the whole reply"], reply);
        // A signature block and nothing typed above it (an HTML table of name, firm, address and numbers): its numbers are no
        // request to call and no one else to deal with (REPLY-LABELS.md step 6).
        if (ReplyText.SignatureAlone(reply))
            return new ReplyClassification(ReplyClass.Unknown, 0.8, ["policy: a signature alone, nothing typed"], reply);

        var otherAddress = email is not null;
        var features = ReplyFeatures.Extract(reply, otherAddress);
        var decision = _model().Decide(features);
        var evidence = new List<string> { $"model: {decision.Class} over {decision.RunnerUp}" };
        evidence.AddRange(decision.Evidence);
        // No sign of a mail server (sender, subject, report headers): a person wrote it, and a person's reply is no bounce
        // however it words a failure ("got your message", "the message below").
        if (decision.Class == ReplyClass.Bounce && bounceScore == 0)
        {
            evidence.Insert(0, "policy: no mail-server sign (sender, subject, report headers): a person's reply is no bounce");
            decision = decision with { Class = decision.RunnerUp };
        }
        // No automatic header or subject: an absence is read only from an auto-reply's own wording; a person who types
        // that they are away is judged by what they ask (REPLY-LABELS.md step 2), so the model's next choice stands.
        if (decision.Class == ReplyClass.OutOfOffice && ReplyRules.AbsenceWording(reply) is null)
        {
            evidence.Insert(0, "policy: a person typed about being away (no automatic header, subject or wording): judged by what they ask");
            decision = decision with { Class = decision.RunnerUp };
        }
        // The answer after a long story (REPLY-LABELS.md step 0's "replies where the answer comes only after a long story"): the closing
        // paragraph (or a long one's closing sentences), read alone, decides when it answers in so many words: a decline, an ask, a call,
        // or a yes in the sender's own sentences (not "My late husband told them no in 1985"), or a hand-off with a way to reach the one
        // handed to. Only when the story's first sentence (past a greeting or thanks) is no short answer of its own: "Please send me the
        // lease terms. <story> ... no thanks to the county" asked at the top (a review); a longer one tells ("Several companies have
        // called and sent offers ..."), and a closing that changes the sender's mind ("On second thought, ...") answers anyway.
        if (ReplyRules.ClosingAnswer(reply, out var story) is { } closing
            && ReplyRules.OpeningSentence(story) is var opening
            && (ReplyRules.ChangesMind(closing) || !ReplyRules.ShortOpening(opening) || !Answers(ReplyFeatures.Extract(opening, false), opening)))
        {
            var closingFeatures = ReplyFeatures.Extract(closing, false);
            var answer = _model().Decide(closingFeatures).Class;
            var own = ReplyRules.OwnSentences(closing);
            var ownFeatures = own.Length == closing.Length ? closingFeatures : ReplyFeatures.Extract(own, false);
            var answers = answer switch
            {
                // ("... we will sign. Send me the papers." closing an 88-year-old's story; a blind set's.)
                ReplyClass.Interested => AsksOrCalls(ownFeatures) || ReplyRules.ASentenceOpensWithYes(own) || ReplyRules.AsksForPapers(own),
                // ("... But we'll leave it the way Grandpa left it. No top lease." closing a family's story; a blind set's.)
                ReplyClass.NotInterested => Has(ownFeatures, "cue:decline") || ReplyRules.AnswerIsNo(own) || ReplyRules.PlainRefusal(own) is not null,
                // "... so she is the one who should be talking to you. Her email is ... and her phone is ...": a hand-off with a way to
                // reach the one handed to, in the closing itself (a blind set's, past the model's 120 words).
                ReplyClass.Referral => Has(closingFeatures, "cue:handoff") && NamesContact(closing, email, phone),
                _ => false,
            };
            if (answers && answer != decision.Class)
            {
                evidence.Insert(0, "policy: the answer closes a long story (\"" + (closing.Length > 80 ? closing[..80] + "..." : closing) + "\")");
                decision = decision with { Class = answer };
            }
        }
        // The policy's order where the model weighs words (REPLY-LABELS.md steps 3, 4 and 6): a relative or adviser named with a way to
        // reach them is a referral before any interest ("CALL MY DAUGHTER ... LISA 701 555 0166"); a counter-offer is interest even
        // opening with "no"; a who-is-this question does not outweigh an ask for the offer after it; a reply that closes on a bare
        // "No" declines, whatever price it names.
        var counterOffer = ReplyRules.CounterOffer(reply);
        // A referral the model read with nobody to follow: no name, phone, address or postal address (REPLY-LABELS.md step 3 needs an
        // identifiable party), which a decline's words in the reply outrank. (Asked by up to four branches below: the postal address,
        // a scan of the reply, is read once.)
        bool? postalAddress = null;
        bool ReferralNamesNobody() => decision.Class == ReplyClass.Referral && name is null && phone is null && !otherAddress
            && !(postalAddress ??= ReplyRules.NamesAPostalAddress(reply));
        if (decision.Class != ReplyClass.Referral && ReplyRules.HandoffToRelation(reply) is var handedTo && (handedTo ?? ReplyRules.SoldToAnother(reply)) is { } handoff
            // A way to reach the other party: an address, a phone, a name, or a postal address written after the hand-off and before the
            // sender's own signature ("I have turned all of this over to my attorney. Send anything you have to: J. Thomas Cobb ... P.O.
            // Box 1187"; a blind set's), not the sender's own under their name.
            // (An address alone outranks no decline nor opt-out: "I turned this over to my lawyer and he told me not to sign anything.
            // We are not interested" is a decline, wherever the address stands.)
            // ("Please do not contact me directly" beside the attorney's postal address sends us through the attorney: its stop is no
            // decline of the deal, and the opt-out it is stays on the reply; a blind set's.)
            // (The owner named, "The landowner is Mrs. Opal Reeves, P.O. Box 88", outranks a decline beside it: a party named.)
            && ReplyRules.NamedOwner(reply, handoff) is var owner
            // (A buyer only named, "That royalty was sold to my cousin Bernie Lucchino in 2021", is a fact, not one to deal with: every
            // labelled sale with no phone, address or postal address is a decline; a blind set's.)
            // (A hand-off that ends in a colon over the party's own address block names them there: "Notices go to the trustee:" over "Security
            // National Bank, Trust Department / 201 W Broadway ...", beside "Please take this e-mail address off your list"; a blind set's.)
            // (A phone the sender gives as their own, "Deal with me directly, call 620-...", reaches nobody else; a review's.)
            && (otherAddress || phone is not null && !ReplyContacts.GivenAsSendersOwn(reply, phone) || name is not null && handedTo is not null
                || (owner is not null || handoff.EndsWith(':') || !Has(features, "cue:decline") && optOut is null || StopsOnlyDirectContact(reply, otherAddress)) && ReplyContacts.StreetAddressAfter(reply, handoff, from)))
        {
            evidence.Insert(0, "policy: sends us to another party, named or with a way to reach them (\"" + handoff + "\")");
            return new ReplyClassification(ReplyClass.Referral, decision.Confidence, evidence, reply, name ?? owner ?? ReplyRules.PersonNamedBefore(reply, handoff), email, phone);
        }
        // (Not with an opt-out of mail or of all contact: "If you put me on another list ..." is no terms.)
        if (decision.Class is ReplyClass.NotInterested or ReplyClass.Unknown && counterOffer is not null && optOut is null or { Scope: OptOutScope.Calls })
        {
            evidence.Insert(0, "policy: a counter-offer (\"" + counterOffer + "\")");
            decision = decision with { Class = ReplyClass.Interested };
        }
        // Another's no reported, the sender's own answer set apart from it and a yes, a wish or an ask of their own after (REPLY-LABELS.md: a
        // third party's refusal quoted with the sender open): the decline cue is the other's.
        // (Only where the no stands before the words that set the sender apart and the sender's own part, read alone, is interest with
        // no decline in it: "He speaks for himself and I agree with him. We don't want to sell", "As for me, I want nothing to do with
        // it" stay declines; a review.)
        else if (decision.Class == ReplyClass.NotInterested && optOut is null && ReplyRules.ApartFromAnothersNo(reply) is { } apart
            && reply.IndexOf(apart, StringComparison.Ordinal) is var at && reply[(at + apart.Length)..] is var own
            && Has(ReplyFeatures.Extract(reply[..at], otherAddress), "cue:decline")
            && ReplyFeatures.Extract(own, otherAddress) is var ownFeatures && !Has(ownFeatures, "cue:decline")
            && _model().Decide(ownFeatures).Class == ReplyClass.Interested)
        {
            evidence.Insert(0, "policy: another's no, the sender's own answer set apart (\"" + apart + "\")");
            decision = decision with { Class = ReplyClass.Interested };
        }
        // A partial deal (REPLY-LABELS.md step 4): the sender signs one thing and declines another ("I'll sign the division order. Not
        // interested in selling though"), or has signed and sent the papers, which the model reads as a decline or as nothing asked; or
        // offers a deal of another kind beside the one declined ("Our answer is no to selling, but we'd lease at a 25% royalty"; a review).
        // (A referral read with nobody to follow, too: "if your company wants it" reads as a hand-off's words.)
        else if ((decision.Class is ReplyClass.NotInterested or ReplyClass.Unknown || ReferralNamesNobody()) && optOut is null or { Scope: OptOutScope.Calls }
            && ReplyRules.SignsPaperwork(reply) is var signed && (signed ?? ReplyRules.AnotherDealOffered(reply)) is { } signs
            && ReplyRules.SarcasticRefusal(reply) is null && ReplyRules.NeverTime(reply) is null
            // a decline in the signing's own clause is about the signing ("I'll sign nothing of yours, not selling"): only another's is a partial
            // deal, in another sentence or after a "but" ("I'll do the affidavit, but I'm not leasing."; a review)
            && !Has(ReplyFeatures.Extract(ReplyRules.ClauseOf(reply, signs), false), "cue:decline"))
        {
            evidence.Insert(0, (signed is null ? "policy: offers a deal of another kind beside the one declined (\"" : "policy: signs what was asked (\"")
                + (signs.Length > 80 ? signs[..80] + "..." : signs) + "\")");
            decision = decision with { Class = ReplyClass.Interested };
        }
        else if (decision.Class == ReplyClass.Unknown && Has(features, "cue:who") && AsksOrCalls(features))
        {
            evidence.Insert(0, "policy: asks about the offer, or to be called, after asking who we are or what this is");
            decision = decision with { Class = ReplyClass.Interested };
        }
        // A who-is-this question taken back ("Never mind, I read it again"): what follows it is the reply (a blind set's price question).
        // (A fact after it is no answer: an interest asked or called for, with a question or its cue; a decline in its words. A review.)
        else if (decision.Class == ReplyClass.Unknown && Has(features, "cue:who") && ReplyRules.AfterRetractedQuestion(reply) is { } rest
            && ReplyFeatures.Extract(rest, otherAddress) is var restFeatures && _model().Decide(restFeatures).Class is var afterwards
            && (afterwards == ReplyClass.Interested && (AsksOrCalls(restFeatures) || rest.Contains('?'))
                || afterwards == ReplyClass.NotInterested && Has(restFeatures, "cue:decline")))
        {
            evidence.Insert(0, "policy: a question of who we are taken back; what follows it answers (\"" + (rest.Length > 80 ? rest[..80] + "..." : rest) + "\")");
            decision = decision with { Class = afterwards };
        }
        else if ((decision.Class is ReplyClass.Interested or ReplyClass.Unknown || (decision.Class == ReplyClass.Referral && !otherAddress && phone is null))
            && counterOffer is null && ReplyRules.ClosingNo(reply) is { } no)
        {
            evidence.Insert(0, "policy: closes on a bare \"" + no + "\"");
            decision = decision with { Class = ReplyClass.NotInterested };
        }
        // A sarcastic refusal repeats the offer as a question ("$900 an acre? Sure, and I'd like a pony"), which the model reads as
        // interest; it declines unless the reply also asks for something or names its own price.
        // A never-time's own sentence may word the deal it puts off ("I'll sign your lease right after the sun comes up in the west"): only an
        // ask or a call outside it keeps the reply from declining (a review).
        else if (decision.Class is ReplyClass.Interested or ReplyClass.Unknown && counterOffer is null
            && (!AsksOrCalls(features) && (ReplyRules.SarcasticRefusal(reply) ?? ReplyRules.SarcasticPraise(reply)) is { } sarcastic ? sarcastic
                : ReplyRules.NeverTime(reply) is { } never && !AsksOutside(reply, never) ? never
                // (A yes taken back by the last words, papers asked for only to be burned or "Said nobody ever.": the ask is the joke's
                // set-up, whatever it asks.)
                : ReplyRules.MockedYes(reply)) is { } sarcasm)
        {
            evidence.Insert(0, "policy: a sarcastic refusal (\"" + sarcasm + "\")");
            decision = decision with { Class = ReplyClass.NotInterested };
        }
        // The interest under lease to another already (REPLY-LABELS.md step 5, "already leased/sold to someone else"), said as a fact by
        // the owner or the other company's landman, nothing asked: read as interest from its words about the lease (a blind set's).
        else if (decision.Class is ReplyClass.Interested or ReplyClass.Unknown && counterOffer is null && !AsksOrCalls(features)
            && ReplyRules.LeasedElsewhere(reply) is { } leased)
        {
            evidence.Insert(0, "policy: under lease to another already (\"" + leased + "\")");
            decision = decision with { Class = ReplyClass.NotInterested };
        }
        // A no said before and the price asked now ("I told your fellow no in September. ... Is the $45 firm or is there room in it?"):
        // the question of the terms answers (REPLY-LABELS.md step 4), not the no it refers back to. Not beside an opt-out.
        else if (decision.Class is ReplyClass.NotInterested or ReplyClass.Unknown && optOut is null && ReplyRules.PriceAskedAfterAnEarlierNo(reply) is { } priceAsked)
        {
            evidence.Insert(0, "policy: an earlier no, the price asked now (\"" + priceAsked + "\")");
            decision = decision with { Class = ReplyClass.Interested };
        }
        // The owner's no relayed by the one who writes for them ("He says no. He doesn't want anything under the land"), nothing asked:
        // a decline (a blind set's was Unknown).
        // (Over a referral read with nobody named too: "Talked it over with my brothers at Thanksgiving. They all said no and so do I."; a
        // blind set's.)
        else if ((decision.Class == ReplyClass.Unknown || ReferralNamesNobody()) && counterOffer is null && !AsksOrCalls(features)
            && ReplyRules.RelayedNo(reply) is { } relayed)
        {
            evidence.Insert(0, "policy: the owner's no, relayed (\"" + relayed + "\")");
            decision = decision with { Class = ReplyClass.NotInterested };
        }
        // Documents asked for ("please send me the full form of the proposed lease, a plat ..."), read as nothing by a wait beside it
        // ("We will review and get back to you"; an attorney's, a blind set's): asking for the papers is interest (REPLY-LABELS.md step 4).
        // (Also beside a stop of calls only, its own sentence set aside: "Mail me the papers. Don't call, I don't answer numbers I don't know";
        // a blind set's.)
        else if ((decision.Class == ReplyClass.Unknown && optOut is null && !Has(features, "cue:decline")
                || decision.Class is ReplyClass.Unknown or ReplyClass.NotInterested && optOut is { Scope: OptOutScope.Calls } calls
                    && !DeclinesOutside(reply, ReplyRules.SentenceOf(reply, calls.Words), otherAddress))
            && ReplyRules.AsksForPapers(reply))
        {
            evidence.Insert(0, "policy: asks for the papers");
            decision = decision with { Class = ReplyClass.Interested };
        }
        // No objection said outright, with questions or alone ("If that's all squared away I don't have a problem with it"): interest the
        // model read as nothing (a blind set's).
        // (Over a decline read only from its own "no": "No objection.", "We have no objection to your crew using the road"; a review.)
        else if (decision.Class is ReplyClass.Unknown or ReplyClass.NotInterested && optOut is null && ReplyRules.NoObjection(reply) is { } noObjection
            && !DeclinesOutside(reply, noObjection, otherAddress))
        {
            evidence.Insert(0, "policy: no objection (\"" + noObjection + "\")");
            decision = decision with { Class = ReplyClass.Interested };
        }
        // A refusal in plain words ("Didn't I tell your office no ...?", "none of your business", "Not right now. ... Maybe sometime."), nothing
        // asked: a decline the model read as interest or nothing (a blind set's three).
        // (Over a referral read with nobody named too: "Where my family came from is none of your business ...".)
        else if ((decision.Class is ReplyClass.Interested or ReplyClass.Unknown || ReferralNamesNobody())
            && counterOffer is null && !AsksOrCalls(features) && ReplyRules.PlainRefusal(reply) is { } refused)
        {
            evidence.Insert(0, "policy: a refusal (\"" + refused + "\")");
            decision = decision with { Class = ReplyClass.NotInterested };
        }
        // A price refused in so many words ("Not for $150. Not for $500."), nothing asked: a decline the model read from the prices as interest.
        else if (decision.Class is ReplyClass.Interested or ReplyClass.Unknown && counterOffer is null && !AsksOrCalls(features)
            && ReplyRules.NotForAnyPrice(reply) is { } notFor)
        {
            evidence.Insert(0, "policy: a price refused (\"" + notFor + "\")");
            decision = decision with { Class = ReplyClass.NotInterested };
        }
        // The matter handled without us ("I'll claim it myself", "I already got my money from the Comptroller. We're done here"), nothing
        // asked: a decline (REPLY-LABELS.md step 5), read as nothing or as interest (a blind set's).
        // (Not beside a question: "I already got my money from the Comptroller ... What would the 60 months come to on my interest?")
        // (Over a referral read with nobody named too: "Our CPA is handling it. He's aware of your letter."; a blind set's.)
        else if ((decision.Class is ReplyClass.Interested or ReplyClass.Unknown || ReferralNamesNobody()) && counterOffer is null && !AsksOrCalls(features)
            && !reply.Contains('?') && ReplyRules.HandledWithoutUs(reply) is { } handled)
        {
            evidence.Insert(0, "policy: handled without us (\"" + handled + "\")");
            decision = decision with { Class = ReplyClass.NotInterested };
        }
        // Sold to another who is named only as a fact, with no way to reach them (REPLY-LABELS.md step 5, "already sold"; step 3's
        // "named as a fact"): "That royalty was sold to my cousin Bernie Lucchino in 2021." (a blind set's, read as interest).
        else if ((decision.Class is ReplyClass.Interested or ReplyClass.Unknown || ReferralNamesNobody()) && counterOffer is null && !AsksOrCalls(features)
            && !reply.Contains('?') && ReplyRules.SoldToAnother(reply) is { } sold)
        {
            evidence.Insert(0, "policy: sold to another already (\"" + sold + "\")");
            decision = decision with { Class = ReplyClass.NotInterested };
        }
        // Facts stated and nothing else (REPLY-LABELS.md: Unknown when no intent can be read): who owns what, a probate not opened, a
        // life estate, a power of attorney, a family's history. The model reads interest from their words; a reply with no cue of any
        // answer, no question, no phone number and no word of intent or of the deal's terms is read as what it is (four blind sets'
        // facts were read as interest).
        // (The reply's own conditions first; its text's scans only for a reply that meets them.)
        // (A referral read from facts with nobody named in them too: "The remainder goes to my two uncles when she dies"; a blind set's.)
        // (And one that names a relative who shares the remainder: "When she passes it goes to me and my brother Roy"; a blind set's.)
        if ((decision.Class is ReplyClass.Interested or ReplyClass.NotInterested || decision.Class == ReplyClass.Referral && (name is null || ReplyRules.SharesTheRemainder(reply)))
            && phone is null && !otherAddress && optOut is null && counterOffer is null
            && !features.Any(f => f.Kind == "cue") && ReplyRules.FactsOnly(reply) && ReplyRules.NeverTime(reply) is null && ReplyRules.SarcasticRefusal(reply) is null
            // (nor praise that mocks, a yes taken back, or a consent: "... Real generous.", "... Said nobody ever.", "that's fine with me"; a review)
            && ReplyRules.SarcasticPraise(reply) is null && ReplyRules.MockedYes(reply) is null && ReplyRules.NoObjection(reply) is null && ReplyRules.PlainRefusal(reply) is null
            // (a fact that is a decline, the matter handled without us or leased to another, stays one)
            && ReplyRules.HandledWithoutUs(reply) is null && ReplyRules.LeasedElsewhere(reply) is null)
        {
            evidence.Insert(0, "policy: facts stated, nothing asked, offered or refused");
            decision = decision with { Class = ReplyClass.Unknown };
        }
        // A long story of the land that never turns to us, with no answer in it (REPLY-LABELS.md step 6): read as interest from its words.
        else if (decision.Class == ReplyClass.Interested && phone is null && !otherAddress && optOut is null && counterOffer is null
            && !features.Any(f => f.Kind == "cue") && ReplyRules.UnansweredStory(reply)
            // (and its closing, read alone, no answer either: a yes or a no in words the list has not is read there; a review)
            // (a narrative's closing reads as weak interest to the model too: only a confident reading, or a cue, is an answer)
            && ReplyRules.ClosingSentences(reply, 2) is var closingPart && ReplyFeatures.Extract(closingPart, false) is var closingFeatures
            && !closingFeatures.Any(f => f.Kind == "cue") && _model().Decide(closingFeatures) is var closingReading
            && (closingReading.Class is not (ReplyClass.Interested or ReplyClass.NotInterested) || closingReading.Confidence < 0.6))
        {
            evidence.Insert(0, "policy: a story with no answer, nothing asked of us");
            decision = decision with { Class = ReplyClass.Unknown };
        }
        // An opt-out of mail or of all contact declines (REPLY-LABELS.md step 5) where the model read interest from words alone, nothing
        // asked for, no call, no price of the sender's own ("don't call the house" stops a line, not the deal): "The estate will not be extending the lease; the heirs would rather wait and see ... Please do not
        // send further offers."
        if (decision.Class == ReplyClass.Interested && optOut is { Scope: not OptOutScope.Calls } && counterOffer is null && !AsksOrCalls(features) && !ReplyRules.StatesInterest(reply)
            && ReplyRules.Deferral(reply) is null)
        {
            evidence.Insert(0, "policy: an opt-out, and nothing asked for (\"" + optOut.Words + "\")");
            decision = decision with { Class = ReplyClass.NotInterested };
        }
        switch (decision.Class)
        {
            // A decline handled on the sender's side with nobody named to deal with ("Our family office handles all mineral matters ...
            // it has decided not to extend"): handled in-house, a decline (REPLY-LABELS.md step 5), not a referral. A street address is a way
        // to reach someone ("Eli ... has no email or telephone ... come talk to him, 1180 Rush Run Road").
            // ("Caddo Timberlands manages its mineral estate in-house and is not considering brine leases"; a blind set's.)
            // (Not a hand-off's role with its address: "... in-house. Write to the Land Department, ..., Shreveport, LA 71101"; a review.)
            case ReplyClass.Referral when !otherAddress && name is null && phone is null && !Has(features, "cue:call")
                && (Has(features, "cue:decline") || ReplyRules.HandledWithoutUs(reply) is not null && !ReplyRules.NamesAPostalAddress(ReplyText.Body(reply)))
                && !ReplyRules.NamesAStreetAddress(reply):
                evidence.Insert(0, "policy: a decline, handled on the sender's side with nobody named to deal with");
                return new ReplyClassification(ReplyClass.NotInterested, decision.Confidence, evidence, reply);
            // ... and so does a relative the sender turns to, named with a number ("We're not selling ours. But my cousin Darla Pickens ...
            // 806-555-0140"; two blind sets' and a review's), not one the sender keeps out ("no paperwork sent to my daughter Jane Smith").
            case ReplyClass.NotInterested when otherAddress || name is not null && phone is not null && ReplyRules.TurnsToARelative(reply):
                evidence.Insert(0, "policy: a named onward contact outranks a decline (" + email + ")");
                return new ReplyClassification(ReplyClass.Referral, decision.Confidence, evidence, reply, name, email, phone);
            // (Over an Unknown reading only when it bids us back: "Not before the wheat's out. Come back in June after harvest and we'll talk about
            // it", a blind set's; "I'll get back to you after the holidays" is a wait.)
            case ReplyClass.NotInterested or ReplyClass.Unknown when (decision.Class == ReplyClass.NotInterested || optOut is null && ReplyRules.InvitesUsBack(reply))
                && ReplyRules.Deferral(reply) is { } when && ReplyRules.ClosingNo(reply) is null:
                evidence.Insert(0, "policy: a deferral with a time and an invitation to come back (" + when + ")");
                return new ReplyClassification(ReplyClass.Interested, decision.Confidence, evidence, reply, FollowUp: when);
            case ReplyClass.Referral when !otherAddress && name is null && ReplyRules.CallMe(reply) is { } callMe:
                evidence.Insert(0, $"policy: the sender asks to be contacted (\"{callMe}\"), and names no one else");
                return new ReplyClassification(ReplyClass.Interested, decision.Confidence, evidence, reply);
            // ... and no decline when it says nothing else ("I'm not the right contact for this.": its "not" read as one; not "Not the
            // right person. We have never sold and never will.").
            case ReplyClass.Referral or ReplyClass.NotInterested when !otherAddress && name is null && phone is null
                && ReplyRules.NotTheRightPerson(reply) is { } notMe && (decision.Class == ReplyClass.Referral || ReplyRules.SaysOnly(reply, notMe) && !ReplyRules.DeclinesBeside(reply, notMe)):
                evidence.Insert(0, $"policy: \"{notMe}\" names nobody to deal with instead");
                return new ReplyClassification(ReplyClass.Unknown, decision.Confidence, evidence, reply);
            case ReplyClass.Referral:
                return new ReplyClassification(ReplyClass.Referral, decision.Confidence, evidence, reply, name, email, phone);
            case ReplyClass.OutOfOffice:
                return new ReplyClassification(ReplyClass.OutOfOffice, decision.Confidence, evidence, reply, name, email, phone, ReplyRules.ReturnDate(reply, received ?? DateTime.UtcNow));
            default:
                return new ReplyClassification(decision.Class, decision.Confidence, evidence, reply,
                    FollowUp: decision.Class == ReplyClass.Interested ? ReplyRules.Deferral(reply) : null);
        }
    }

    /// <summary>Whether the reply asks for something, or to be called, outside the sentence that holds <paramref name="words"/>.</summary>
    private static bool AsksOutside(string reply, string words)
    {
        var body = ReplyText.Body(reply);
        var rest = body.Replace(ReplyRules.SentenceOf(body, words), " ", StringComparison.Ordinal);
        return AsksOrCalls(ReplyFeatures.Extract(rest, false));
    }

    /// <summary>Whether the reply's only decline is a stop of direct contact ("Please do not contact me directly") or a signature held for an adviser's review: its other sentences hold no decline cue.</summary>
    private static bool StopsOnlyDirectContact(string reply, bool otherAddress) =>
        ReplyRules.DirectContactStopped(reply) is { } stop && !DeclinesOutside(reply, stop, otherAddress)
        // (or a signature held until the adviser has seen the papers: "We will not sign anything he has not seen."; a blind set's)
        || ReplyRules.SignsOnlyAfterReview(reply) is { } review && !DeclinesOutside(reply, review, otherAddress);

    /// <summary>Whether the reply, <paramref name="words"/> taken out, still holds a decline cue.</summary>
    private static bool DeclinesOutside(string reply, string words, bool otherAddress) =>
        Has(ReplyFeatures.Extract(reply.Replace(words, " ", StringComparison.Ordinal), otherAddress), "cue:decline");

    /// <summary>Whether the features hold an ask (for the offer, terms, papers) or a request to be called.</summary>
    private static bool AsksOrCalls(List<ReplyFeatures.Feature> features) => Has(features, "cue:ask") || Has(features, "cue:call");

    /// <summary>Whether a text answers in so many words: a decline, an ask, a call, or an opening yes.</summary>
    private static bool Answers(List<ReplyFeatures.Feature> features, string text) =>
        Has(features, "cue:decline") || AsksOrCalls(features) || ReplyRules.OpensWithYes(text.TrimStart());

    /// <summary>Whether <paramref name="text"/> holds the reply's other address or its phone number (ten digits, written any way).</summary>
    private static bool NamesContact(string text, string? email, string? phone) =>
        email is not null && text.Contains(email, StringComparison.OrdinalIgnoreCase)
        || phone is not null && new string(text.Where(char.IsAsciiDigit).ToArray()).Contains(phone[^Math.Min(10, phone.Length)..], StringComparison.Ordinal);

    private static bool Has(List<ReplyFeatures.Feature> features, string name)
    {
        foreach (var feature in features)
            if (feature.Kind == "cue" && feature.Name == name) return true;
        return false;
    }

    /// <summary>The model's features of a reply, computed exactly as <see cref="Classify(ReplyMessage)"/> computes them (for training).</summary>
    public static IReadOnlyList<ReplyFeatures.Feature> FeaturesOf(ReplyMessage message)
    {
        var body = message.Body ?? "";
        var parts = ReplyText.Split(body, message.IsHtml || ReplyText.LooksLikeHtml(body));
        var other = ReplyContacts.HasOtherAddress(parts.NewText, parts.Quoted, message.From, message.OwnAddresses);
        return ReplyFeatures.Extract(parts.NewText, other);
    }
}
