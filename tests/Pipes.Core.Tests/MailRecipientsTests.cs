using Pipes.Integrations;
using Pipes.Outlook;

namespace Pipes.Tests;

public sealed class MailRecipientsTests
{
    [Theory]
    [InlineData("ann.poe@example.org;bob.poe@example.org", "ann.poe@example.org|bob.poe@example.org")]
    [InlineData("ann.poe@example.org, bob.poe@example.org ; ", "ann.poe@example.org|bob.poe@example.org")]
    [InlineData("Jane Roe <jane.roe@example.com>", "Jane Roe <jane.roe@example.com>")]
    [InlineData("\"Roe, Jane\" <jane.roe@example.com>; Bob <BOB@Example.com>", "\"Roe, Jane\" <jane.roe@example.com>|Bob <bob@example.com>")]
    [InlineData("Roe, Jane <jane.roe@example.com>, Poe, Ann <ann@example.org>", "\"Roe, Jane\" <jane.roe@example.com>|\"Poe, Ann\" <ann@example.org>")]
    [InlineData("Jane Roe <jane.roe@example.com>; jane.roe@EXAMPLE.com", "Jane Roe <jane.roe@example.com>")]
    [InlineData("mailto:ann@example.org", "ann@example.org")]
    [InlineData("<ann@example.org>", "ann@example.org")]
    [InlineData("ann@example.org\r\nbob@example.org", "ann@example.org|bob@example.org")]
    [InlineData("ann@example.org; ANN@example.org", "ann@example.org")]
    [InlineData("jo@bücher.de; Jo <jo@xn--bcher-kva.de>", "jo@bücher.de")] // one mailbox in its two forms (IDNA): sent once
    [InlineData("\"A \\\"B, C\\\" D\" <abc@example.org>; \"x@home\" <x@example.org>", "\"A \\\"B, C\\\" D\" <abc@example.org>|\"x@home\" <x@example.org>")]
    public void PastedListsAreSplitCleanedAndCheckedOnce(string pasted, string expected)
    {
        Assert.Equal(expected.Split('|'), MailRecipients.Parse([pasted]));
    }

    [Theory]
    [InlineData("Jane Roe <Jane.Roe@Example.com>", "jane.roe@example.com", "Jane Roe")]
    [InlineData("\"Roe, Jane\" <jane.roe@example.com>", "jane.roe@example.com", "Roe, Jane")]
    [InlineData("Roe, Jane <jane.roe@example.com>", "jane.roe@example.com", "Roe, Jane")]
    [InlineData("Jane \"JJ\" Roe <jane.roe@example.com>", "jane.roe@example.com", "Jane \"JJ\" Roe")]
    [InlineData("jane.roe@example.com", "jane.roe@example.com", null)]
    [InlineData("jane.roe@example.com <jane.roe@example.com>", "jane.roe@example.com", null)]
    [InlineData("\"Sales @ Acme\" <sales@acme.example>", "sales@acme.example", "Sales @ Acme")]
    [InlineData("\"jane@home\" <jane.roe@example.com>", "jane.roe@example.com", "jane@home")]
    [InlineData("\"Jane Roe (jane.roe@example.com)\" <jane.roe@example.com>", "jane.roe@example.com", "Jane Roe (jane.roe@example.com)")]
    [InlineData("\"jane.roe@example.com\" <Jane.Roe@example.com>", "jane.roe@example.com", null)]
    [InlineData("\"A \\\"B, C\\\" D\" <abc@example.org>", "abc@example.org", "A \"B, C\" D")]
    [InlineData("\"Back\\\\slash\" <bs@example.org>", "bs@example.org", "Back\\slash")]
    public void GraphGetsTheNameGivenBesideTheAddressAndTheSameFromParsesOwnText(string pasted, string address, string? name)
    {
        // Parse's text (what -WhatIf and the result show) reads back to the same address and name.
        var recipient = Assert.Single(MailRecipients.Parse([pasted]));
        var json = MailRecipients.EmailAddressJson(recipient);
        Assert.Equal(address, (string?)json["address"]);
        Assert.Equal(name, (string?)json["name"]);
        Assert.Equal(name is null ? 1 : 2, json.Count);
    }

    [Theory]
    [InlineData("not-an-email", "not-an-email")]
    [InlineData("ann@example.org; bob at example.org", "bob at example.org")]
    [InlineData("Jane Roe <jane.roe@>", "Jane Roe <jane.roe@>")]
    [InlineData("ann@@example.org", "ann@@example.org")]
    public void AnythingThatIsNotAnAddressIsInvalidRecipientNamingIt(string pasted, string bad)
    {
        var error = Assert.Throws<InvalidInputError>(() => MailRecipients.Parse([pasted], "Cc"));

        Assert.Equal("Pipes.InvalidRecipient", error.ErrorId);
        Assert.Equal(bad, error.Target);
        Assert.Contains($"'{bad}'", error.Message);
        Assert.StartsWith("Cc:", error.Message);
    }

    [Fact]
    public void AMessageWithNoRecipientIsRefusedBeforeAnyRequest()
    {
        var error = Assert.Throws<InvalidInputError>(() => OutlookClient.WithParsedRecipients(new OutgoingMail(["  ", ""], "S", "B")));
        Assert.Equal("Pipes.InvalidRecipient", error.ErrorId);
    }

    [Fact]
    public void AWithheldAddressIsFoundAmongRecipientsInAnyOfItsForms()
    {
        // A contact's WithheldEmails beside recipients as Parse writes them: named, quoted, another case, the host's other form.
        string[] recipients = ["Al Roe <al@example.com>", "\"Poe, Jo\" <JO@BÜCHER.DE>"];
        Assert.Equal("jo@bücher.de", MailRecipients.FirstWithheld(recipients, "x@example.com; jo@xn--bcher-kva.de"));
        Assert.Equal("al@example.com", MailRecipients.FirstWithheld(recipients, " AL@example.com "));
        Assert.Null(MailRecipients.FirstWithheld(recipients, "jo@example.com"));
        Assert.Null(MailRecipients.FirstWithheld([], "al@example.com"));
    }
}
