using System.Text;
using Pipes.Logging;
using Pipes.Tests.Support;

namespace Pipes.Tests;

/// <summary>A secret echoed by a server in another form (URL-encoded, base64, inside a longer base64 text) is masked too.</summary>
public sealed class RedactorEncodingTests
{
    private const string Secret = "s3cr3t+key/with=odd&chars 0123";

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    public void MasksTheSecretInBase64WhereverItSitsInALongerText(int prefixLength)
    {
        var redactor = new Redactor();
        redactor.AddSecret(Secret);
        var echoed = Convert.ToBase64String(Encoding.UTF8.GetBytes(new string('u', prefixLength) + ":" + Secret + "@host"));
        var redacted = redactor.Redact("Authorisation was Basic-ish " + echoed);
        Assert.DoesNotContain(Convert.ToBase64String(Encoding.UTF8.GetBytes(Secret))[4..^4], redacted);
        Assert.Contains(Redactor.Mask, redacted);
    }

    [Theory]
    [InlineData("fake-graph-token-value")]   // 22 bytes: a last group of 1 byte, "...ZQ=="
    [InlineData("fake-graph-token-valu")]    // 21 bytes: whole groups
    [InlineData("fake-graph-token-val")]     // 20 bytes: a last group of 2 bytes, "...bA="
    public void MasksTheWholeBase64OfASecretItsFirstAndLastBytesToo(string secret)
    {
        // A trial: a secret echoed as base64 was masked as "***dWU=", its last two characters still readable.
        var redactor = new Redactor();
        redactor.AddSecret(secret);
        var alone = Convert.ToBase64String(Encoding.UTF8.GetBytes(secret));
        Assert.Equal("echo: " + Redactor.Mask + " done", redactor.Redact("echo: " + alone + " done"));
        // Inside a longer base64 text, at every alignment: no 4 characters that encode only the secret's bytes are left.
        for (var prefix = 0; prefix < 3; prefix++)
        {
            var longer = Convert.ToBase64String(Encoding.UTF8.GetBytes(new string('u', prefix) + ":" + secret + "@host"));
            var redacted = redactor.Redact(longer);
            Assert.Contains(Redactor.Mask, redacted);
            Assert.True(redacted.Length <= longer.Length - alone.Length + 3 + 6, redacted);
        }
    }

    [Fact]
    public void MasksUrlEncodedAndUrlSafeBase64Forms()
    {
        var redactor = new Redactor();
        redactor.AddSecret(Secret);
        var urlSafe = Convert.ToBase64String(Encoding.UTF8.GetBytes(Secret)).Replace('+', '-').Replace('/', '_');
        var text = $"a={Uri.EscapeDataString(Secret)} b={System.Net.WebUtility.UrlEncode(Secret)} c={urlSafe}";
        var redacted = redactor.Redact(text);
        Assert.DoesNotContain(Uri.EscapeDataString(Secret), redacted);
        Assert.DoesNotContain(System.Net.WebUtility.UrlEncode(Secret), redacted);
        Assert.DoesNotContain(urlSafe[..16], redacted);
    }

    [Fact]
    public void MasksLowerCaseEscapesAndJsonEscapes()
    {
        // HttpUtility.UrlEncode writes "%2b"; System.Text.Json writes '+' as "\u002B" (a new user's trial: the lower-case form reached the log).
        var redactor = new Redactor();
        redactor.AddSecret("ab+cd/ef=gh-SECRET");
        var redacted = redactor.Redact("token=ab%2bcd%2fef%3dgh-SECRET also {\"t\":\"ab\\u002Bcd/ef=gh-SECRET\"} and ab%2Bcd%2Fef%3Dgh-SECRET");
        Assert.DoesNotContain("SECRET", redacted);
        Assert.Equal(3, redacted.Split(Redactor.Mask).Length - 1);
    }

    [Fact]
    public void MasksAStoredSecretTheCommandNeverRead()
    {
        using (var setup = new TestEnvironment())
        {
            setup.Pipes.Secrets.Set("ActiveCampaign.ApiToken", Secret);
            // A fresh environment on the same directory, as the next command would have: nothing read yet.
            using var next = new PipesEnvironment(setup.Pipes.Directory);
            Assert.Equal("key is " + Redactor.Mask, next.Redactor.Redact("key is " + Secret));
        }
    }
}
