using System.Text;
using System.Text.RegularExpressions;
using Pipes.Replies;
using Xunit.Abstractions;

namespace Pipes.Tests.Replies;

/// <summary>
/// The public reply-parsing fixtures of mailgun/talon and github/email_reply_parser (tests/data/reply-fixtures, with
/// their licences and where they come from), run through our quoted-history cut. Each fixture's reply text must be
/// what the table says, compared with runs of white space as one space; a fixture we decide otherwise is listed in
/// <see cref="Disagreements"/> with the reason, and a listed one that starts to agree fails too, so the list stays true.
/// </summary>
public sealed partial class ReplyFixtureTests(ITestOutputHelper output)
{
    private const string Hello = "Hello";

    /// <summary>Expected reply text per "project/fixture". talon's rule: "Hello" unless a _reply_text file says otherwise.</summary>
    private static readonly Dictionary<string, string> Expected = new()
    {
        ["talon/aol"] = Hello,
        ["talon/apple_mail"] = Hello,
        ["talon/apple_mail_2"] = Hello,
        ["talon/comcast"] = Hello,
        ["talon/hotmail"] = Hello,
        ["talon/iphone"] = Hello,
        ["talon/outlook"] = Hello,
        ["talon/sparrow"] = "file:talon/sparrow_reply_text",
        ["talon/thunderbird"] = Hello,
        ["talon/yahoo"] = Hello,
        // Upstream assertions (test/email_reply_parser_test.rb): the first fragment, or parse_reply's result.
        ["email_reply_parser/email_1_4"] = "Awesome! I haven't had another problem with it.",
        ["email_reply_parser/email_2_2"] = "Outlook with a reply directly above line",
        ["email_reply_parser/email_one_is_not_on"] = "before:On Oct 1, 2012",
        ["email_reply_parser/broken_reply_header"] = "before:On Wed, Dec 9, Mister Example",
        // Not asserted upstream in the version we have: the text above the quote header.
        ["email_reply_parser/email_multiline_quote_header_pt_br"] = "before:De: john@example.com",
        ["email_reply_parser/email_multiline_quote_header_from_first"] = "before:From: john@example.com",
        ["email_reply_parser/email_multiline_quote_header_from_replyto_date_to_subject"] = "before:From: john@example.com",
        ["email_reply_parser/email_multiline_quote_header_from_to_date_subject"] = "before:From: john@example.com",
        ["email_reply_parser/quote_reply_french"] = "This is a reply with French quote",
        ["email_reply_parser/quote_reply_german"] = "This is a reply with German quote",
        ["email_reply_parser/quote_reply_spanish"] = "This is a reply with Spanish quote",
        ["email_reply_parser/quote_reply_italian"] = "This is a reply with Italian quote",
        ["email_reply_parser/quote_reply_french_multiline"] = "This is a reply with French quote multiline",
        ["email_reply_parser/quote_reply_german_multiline"] = "This is a reply with German quote multiline",
        ["email_reply_parser/quote_reply_spanish_multiline"] = "This is a reply with Spanish quote multiline",
        ["email_reply_parser/quote_reply_italian_multiline"] = "This is a reply with Italian quote multiline",
        ["email_reply_parser/gmail_danish"] = "This is text from gmail set up with danish locale",
        ["email_reply_parser/greedy_on"] = "before:On 9 Jan 2014",
        ["email_reply_parser/email_2nd_paragraph_starting_with_on"] = "before:On Wed, Apr 4, 2012",
        ["email_reply_parser/email_with_kind_regards"] = "Hey,\n\nThats a great idea!",
        ["email_reply_parser/outlook_email_with_team_mention"] = "Outlook email reply with a team mention in the email body.",
        ["email_reply_parser/email_sent_from_inbox"] = "Hi,\nThis is a test reply from Inbox.",
    };

    /// <summary>Fixtures whose expected text we decide otherwise, with why; the value is what we give instead.</summary>
    private static readonly Dictionary<string, (string Ours, string Reason)> Disagreements = new()
    {
        // talon keeps a signature in the reply; REPLY-LABELS.md step 0: signatures never decide, so the cut drops them.
        ["talon/sparrow"] = (Hello, "a signature (\"-- \" and what follows) is not the reply's new text"),
    };

    public static TheoryData<string> Names() => [.. Expected.Keys.Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Names))]
    public void TheCutGivesTheFixturesReplyText(string name)
    {
        var body = Read(name);
        var expected = Resolve(name, Expected[name], body);
        var actual = ReplyText.Extract(body, isHtml: false);
        if (Disagreements.TryGetValue(name, out var disagreement))
        {
            Assert.False(Same(expected, actual), $"{name} now agrees with the fixture: take it off the disagreements ({disagreement.Reason})");
            Assert.Equal(Flat(Resolve(name, disagreement.Ours, body)), Flat(actual));
            return;
        }
        Assert.Equal(Flat(expected), Flat(actual));
    }

    [Fact]
    public void EveryFixtureFileHasAnExpectation()
    {
        var root = Root();
        var files = Directory.GetFiles(root, "*.txt", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/')[..^4]).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(files, Expected.Keys.Order(StringComparer.Ordinal));
        output.WriteLine($"{files.Count} fixtures ({files.Count(f => f.StartsWith("talon/"))} talon, {files.Count(f => f.StartsWith("email_reply_parser/"))} email_reply_parser), {Disagreements.Count} listed disagreements");
    }

    [Fact]
    public void EveryDisagreementIsAFixture() => Assert.All(Disagreements.Keys, k => Assert.Contains(k, Expected.Keys));

    private static bool Same(string expected, string actual) => Flat(expected) == Flat(actual);

    private static string Flat(string text) => Spaces().Replace(text, " ").Trim();

    /// <summary>"file:x" is the text of a fixture file; "before:marker" is the fixture's text above the marker; else the text itself.</summary>
    private static string Resolve(string name, string expected, string body)
    {
        if (expected.StartsWith("file:", StringComparison.Ordinal)) return File.ReadAllText(Path.Combine(Root(), expected[5..]), Encoding.UTF8);
        if (expected.StartsWith("before:", StringComparison.Ordinal))
        {
            var marker = expected[7..];
            var at = body.IndexOf(marker, StringComparison.Ordinal);
            Assert.True(at > 0, $"{name}: the marker {marker} is not in the fixture");
            return body[..at];
        }
        return expected;
    }

    private static string Read(string name)
    {
        var text = File.ReadAllText(Path.Combine(Root(), name + ".txt"), Encoding.UTF8);
        // email_reply_parser's quote_reply_* fixtures are raw quoted-printable bodies; a mail client decodes them before showing.
        return name.Contains("/quote_reply_", StringComparison.Ordinal) ? DecodeQuotedPrintable(text) : text;
    }

    private static string DecodeQuotedPrintable(string text)
    {
        text = text.Replace("=\r\n", "").Replace("=\n", "");
        var bytes = new List<byte>(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '=' && i + 2 < text.Length && Uri.IsHexDigit(text[i + 1]) && Uri.IsHexDigit(text[i + 2]))
            {
                bytes.Add(Convert.ToByte(text.Substring(i + 1, 2), 16));
                i += 2;
            }
            else bytes.AddRange(Encoding.UTF8.GetBytes(text[i].ToString()));
        }
        return Encoding.UTF8.GetString(bytes.ToArray());
    }

    private static string Root()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !Directory.Exists(Path.Combine(directory.FullName, "tests", "data", "reply-fixtures"))) directory = directory.Parent;
        return Path.Combine(directory?.FullName ?? throw new DirectoryNotFoundException("tests/data/reply-fixtures"), "tests", "data", "reply-fixtures");
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
