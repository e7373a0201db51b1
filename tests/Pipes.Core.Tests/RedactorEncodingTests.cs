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
