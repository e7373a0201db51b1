// Shared by the xunit project (compiled in) and tests/bench/replies.ps1 (Add-Type).
#nullable enable
using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;

namespace Pipes.Tests.Replies;

/// <summary>One labelled reply: of the project's corpus (tests/data/replies) or of the independent one (../shared/replies-dev).</summary>
public sealed record LabelledReply(string Id, string Label, string Language, string BodyType, string Subject, string From,
    IReadOnlyDictionary<string, string> Headers, string Body, string? To = null, DateTime? Received = null)
{
    /// <summary>
    /// The held-out fifth: fixed by a hash of the id when the corpus was written, before the classifier
    /// existed. It is only ever reported as totals, never looked at case by case while tuning.
    /// </summary>
    public bool HeldOut => Fnv(Id) % 5 == 0;

    private static uint Fnv(string text)
    {
        uint hash = 2166136261;
        foreach (var c in text) hash = (hash ^ c) * 16777619;
        return hash;
    }
}

public static class ReplyCorpus
{
    private static readonly Dictionary<string, string> Quotes = new()
    {
        ["{{QUOTE_OUTLOOK}}"] = "\n-----Original Message-----\nFrom: Pat Landman <landman@permianpipes.com>\nSent: Monday, November 23, 2026 9:14 AM\nTo: Prospect\nSubject: Mineral rights\n\nWe would like to make an offer for your mineral interest. Let me know if you're interested, or call me today.\nReply STOP to unsubscribe.\n",
        ["{{QUOTE_GMAIL}}"] = "\nOn Mon, Nov 23, 2026 at 9:14 AM Pat Landman <landman@permianpipes.com> wrote:\n> We would like to make an offer for your mineral interest.\n> Let me know if you're interested, or call me today.\n> Reply STOP to unsubscribe.\n",
        ["{{QUOTE_SPANISH}}"] = "\nEl lun, 23 nov 2026 a las 9:14, Pat Landman (<landman@permianpipes.com>) escribió:\n> Nos gustaría hacerle una oferta. Avíseme si le interesa.\n> Responda STOP para darse de baja.\n",
        ["{{QUOTE_HTML}}"] = "<div id=\"appendonsend\"></div><hr style=\"display:inline-block;width:98%\"><div id=\"divRplyFwdMsg\"><b>From:</b> Pat Landman &lt;landman@permianpipes.com&gt;<br><b>Sent:</b> Monday, November 23, 2026 9:14 AM<br><b>Subject:</b> Mineral rights</div><div>We would like to make an offer. Let me know if you&#39;re interested, or call me today. Reply STOP to unsubscribe.</div>",
    };

    public static IReadOnlyList<LabelledReply> Load() => Load(FindDirectory());

    /// <summary>The independent corpus, ../shared/replies-dev/replies.jsonl beside the repository (300 replies, ids d001-d300).</summary>
    public static IReadOnlyList<LabelledReply> LoadDev() => LoadDev(FindShared("replies-dev"));

    /// <summary>The independent corpus in a folder holding replies.jsonl; its labels (interested, not_interested, ooo …) mapped to the class names.</summary>
    public static IReadOnlyList<LabelledReply> LoadDev(string directory)
    {
        var labels = new Dictionary<string, string>
        {
            ["interested"] = "Interested", ["not_interested"] = "NotInterested", ["ooo"] = "OutOfOffice",
            ["referral"] = "Referral", ["bounce"] = "Bounce", ["unknown"] = "Unknown",
        };
        var replies = new List<LabelledReply>();
        foreach (var line in File.ReadLines(Path.Combine(directory, "replies.jsonl"), Encoding.UTF8))
        {
            if (line.Trim().Length == 0) continue;
            using var json = JsonDocument.Parse(line);
            var r = json.RootElement;
            string S(string name) => r.GetProperty(name).GetString() ?? "";
            var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            foreach (var h in r.GetProperty("headers").EnumerateObject()) headers[h.Name] = h.Value.GetString() ?? "";
            var name = S("from_name");
            var from = name.Length == 0 ? S("from_address") : $"{name} <{S("from_address")}>";
            var received = DateTime.Parse(S("received"), System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AdjustToUniversal | System.Globalization.DateTimeStyles.AssumeUniversal);
            replies.Add(new LabelledReply(S("id"), labels[S("label")], S("language"), S("body_content_type") == "html" ? "Html" : "Text",
                S("subject"), from, headers, S("body"), S("to_address"), received));
        }
        return replies;
    }

    /// <summary>A folder of ../shared beside the repository (as CI has it), found upward from this assembly or the working directory.</summary>
    public static string FindShared(string name)
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
        {
            var directory = new DirectoryInfo(start);
            while (directory is not null)
            {
                foreach (var candidate in new[] { Path.Combine(directory.FullName, "shared", name), Path.Combine(directory.FullName, "..", "shared", name) })
                    if (Directory.Exists(candidate)) return Path.GetFullPath(candidate);
                directory = directory.Parent;
            }
        }
        throw new DirectoryNotFoundException("shared/" + name + " not found beside the repository");
    }

    public static IReadOnlyList<LabelledReply> Load(string directory)
    {
        var replies = new List<LabelledReply>();
        foreach (var file in Directory.GetFiles(directory, "*.txt").Order())
        {
            var text = File.ReadAllText(file, Encoding.UTF8).ReplaceLineEndings("\n");
            foreach (var block in text.Split("### ", StringSplitOptions.RemoveEmptyEntries))
            {
                var lines = block.Split('\n');
                var meta = lines[0].Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(p => p.Split('=', 2)).ToDictionary(p => p[0], p => p[1]);
                var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
                string subject = "", from = "";
                var i = 1;
                for (; i < lines.Length && lines[i].Length > 0; i++)
                {
                    var line = lines[i];
                    if (line.StartsWith("Subject: ", StringComparison.Ordinal)) subject = line[9..];
                    else if (line.StartsWith("From: ", StringComparison.Ordinal)) from = line[6..];
                    else if (line.StartsWith("Header: ", StringComparison.Ordinal))
                    {
                        var header = line[8..].Split(':', 2);
                        headers[header[0].Trim()] = header[1].Trim();
                    }
                }
                var body = string.Join("\n", lines.Skip(i + 1)).TrimEnd();
                foreach (var (marker, quote) in Quotes) body = body.Replace(marker, quote);
                replies.Add(new LabelledReply(meta["id"], meta["label"], meta["lang"], meta["type"], subject, from, headers, body));
            }
        }
        return replies;
    }

    private static string FindDirectory()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !Directory.Exists(Path.Combine(directory.FullName, "tests", "data", "replies"))) directory = directory.Parent;
        return Path.Combine(directory?.FullName ?? throw new DirectoryNotFoundException("tests/data/replies"), "tests", "data", "replies");
    }
}
