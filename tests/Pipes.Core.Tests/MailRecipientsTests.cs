using Pipes.Integrations;
using Pipes.Outlook;

namespace Pipes.Tests;

public sealed class MailRecipientsTests
{
    [Theory]
    [InlineData("ann.poe@example.org;bob.poe@example.org", "ann.poe@example.org|bob.poe@example.org")]
    [InlineData("ann.poe@example.org, bob.poe@example.org ; ", "ann.poe@example.org|bob.poe@example.org")]
    [InlineData("Jane Roe <jane.roe@example.com>", "jane.roe@example.com")]
    [InlineData("\"Roe, Jane\" <jane.roe@example.com>; Bob <BOB@Example.com>", "jane.roe@example.com|bob@example.com")]
    [InlineData("Roe, Jane <jane.roe@example.com>, Poe, Ann <ann@example.org>", "jane.roe@example.com|ann@example.org")]
    [InlineData("mailto:ann@example.org", "ann@example.org")]
    [InlineData("<ann@example.org>", "ann@example.org")]
    [InlineData("ann@example.org\r\nbob@example.org", "ann@example.org|bob@example.org")]
    [InlineData("ann@example.org; ANN@example.org", "ann@example.org")]
    public void PastedListsAreSplitCleanedAndCheckedOnce(string pasted, string expected)
    {
        Assert.Equal(expected.Split('|'), MailRecipients.Parse([pasted]));
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
}
