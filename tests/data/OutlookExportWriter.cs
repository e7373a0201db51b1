// Writes realistic Outlook (classic) "Export to a file > CSV" mail exports for tests and benchmarks,
// with the truth about each message, so tests can check what the importer finds. Shared by the
// xunit project (compiled in), the Pester tests and tests/bench (Add-Type).
using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;

public sealed class ExportProspect
{
    public string Name = "";
    public string Email = "";
}

public sealed class ExportMessageTruth
{
    /// <summary>1 for the first message.</summary>
    public int Number;
    public bool Sent;
    public List<int> Prospects = new List<int>();
    public bool FromX500;
    public bool X500MatchesProspectByName;
}

public static class OutlookExportWriter
{
    public const string Me = "landman@permianpipes.com";
    public const string MeName = "Pat Landman";
    public const string ColleagueX500 = "/O=EXCHANGELABS/OU=EXCHANGE ADMINISTRATIVE GROUP (FYDIBOHF23SPDLT)/CN=RECIPIENTS/CN=6A1F0C2E9B7D4E55A-JORDAN.REYES";
    public const string ColleagueName = "Jordan Reyes";

    static readonly string[] Header =
    {
        "Subject", "Body", "From: (Name)", "From: (Address)", "From: (Type)", "To: (Name)", "To: (Address)", "To: (Type)",
        "CC: (Name)", "CC: (Address)", "CC: (Type)", "BCC: (Name)", "BCC: (Address)", "BCC: (Type)", "Billing Information",
        "Categories", "Importance", "Mileage", "Sensitivity",
    };

    static readonly string[] First = { "John", "Mary", "Robert", "Ana", "Wei", "Linda", "Carlos", "Susan", "Ahmed", "Grace", "Tom", "Ruth" };
    static readonly string[] Last = { "Smith", "Jones", "Lee", "Garcia", "Chen", "O'Brien", "de la Cruz", "Nguyen", "Miller", "Okafor", "Baker", "Price" };

    public static List<ExportProspect> Prospects(int count)
    {
        var list = new List<ExportProspect>(count);
        for (var i = 0; i < count; i++)
        {
            var name = $"{First[i % First.Length]} {Last[i / First.Length % Last.Length]}" + (i >= First.Length * Last.Length ? $" {i}" : "");
            list.Add(new ExportProspect { Name = name, Email = $"{First[i % First.Length].ToLowerInvariant()}.{i}@mineral{i % 37}.com" });
        }
        return list;
    }

    /// <summary>Writes <paramref name="messages"/> messages; <paramref name="bodyLines"/> sets how long bodies are. A dated variant adds a "Received" column.</summary>
    public static List<ExportMessageTruth> Write(string path, List<ExportProspect> prospects, int messages, bool dated, int bodyLines = 12, int seed = 7)
    {
        var random = new Random(seed);
        var truth = new List<ExportMessageTruth>(messages);
        using var writer = new StreamWriter(path, false, new UTF8Encoding(true), 1 << 16);
        WriteRow(writer, dated ? Header.Append("Received").ToArray() : Header);
        for (var m = 0; m < messages; m++)
        {
            var kind = m % 10;
            var t = new ExportMessageTruth { Number = m + 1 };
            var a = random.Next(prospects.Count);
            var b = (a + 1 + random.Next(prospects.Count - 1)) % prospects.Count;
            var p = prospects[a];
            string subject, fromName, fromAddress, fromType = "SMTP", toNames, toAddresses, toTypes, ccNames = "", ccAddresses = "", ccTypes = "";
            switch (kind)
            {
                case 0: case 1: case 2: // outreach: me to one prospect
                    t.Sent = true; t.Prospects.Add(a);
                    subject = $"Mineral rights in Section {m % 36 + 1}, Block {m % 90}";
                    (fromName, fromAddress, toNames, toAddresses, toTypes) = (MeName, Me, p.Name, p.Email, "SMTP");
                    break;
                case 3: // me to two prospects, colleague in CC (X.500)
                    t.Sent = true; t.Prospects.Add(a); t.Prospects.Add(b);
                    subject = $"Offer for your interest in the {Last[m % Last.Length]} unit";
                    (fromName, fromAddress, toNames, toAddresses, toTypes) = (MeName, Me, $"{p.Name}; {prospects[b].Name}", $"{p.Email}; {prospects[b].Email.ToUpperInvariant()}", "SMTP; SMTP");
                    (ccNames, ccAddresses, ccTypes) = (ColleagueName, ColleagueX500, "EX");
                    break;
                case 4: case 5: case 6: // a prospect replies
                    t.Prospects.Add(a);
                    subject = $"RE: Mineral rights in Section {m % 36 + 1}, Block {m % 90}";
                    (fromName, fromAddress, toNames, toAddresses, toTypes) = (p.Name, "  " + p.Email.ToUpperInvariant() + " ", MeName, Me, "SMTP");
                    break;
                case 7: // a colleague (X.500) forwards a prospect's note to me, prospect in CC
                    t.Prospects.Add(a); t.FromX500 = true;
                    subject = $"FW: Call back {p.Name}";
                    (fromName, fromAddress, fromType, toNames, toAddresses, toTypes) = (ColleagueName, ColleagueX500, "EX", MeName, Me, "SMTP");
                    (ccNames, ccAddresses, ccTypes) = (p.Name, p.Email, "SMTP");
                    break;
                case 8: // a newsletter: nobody we know
                    subject = "Weekly rig count and permits";
                    (fromName, fromAddress, toNames, toAddresses, toTypes) = ("Basin News", "news@basin-news.example", MeName, Me, "SMTP");
                    break;
                default: // an internal X.500 sender whose display name is a prospect's (matched by name only if unambiguous)
                    t.FromX500 = true; t.X500MatchesProspectByName = true; t.Prospects.Add(a);
                    subject = "Lease status";
                    (fromName, fromAddress, fromType, toNames, toAddresses, toTypes) = (p.Name, "/O=EXCHANGELABS/OU=EXCHANGE ADMINISTRATIVE GROUP (FYDIBOHF23SPDLT)/CN=RECIPIENTS/CN=" + m, "EX", MeName, Me, "SMTP");
                    break;
            }
            var row = new List<string>
            {
                subject, Body(random, p, m, bodyLines, t.Sent), fromName, fromAddress, fromType, toNames, toAddresses, toTypes,
                ccNames, ccAddresses, ccTypes, "", "", "", "", m % 4 == 0 ? "Prospects" : "", "Normal", "", "Normal",
            };
            // Hours apart, so the days pass the 12th early: the file shows it writes month-first, whatever the culture reading it.
            if (dated) row.Add(new DateTime(2026, 1, 1).AddHours(m * 37).ToString("M/d/yyyy h:mm tt", System.Globalization.CultureInfo.InvariantCulture));
            WriteRow(writer, row.ToArray());
            truth.Add(t);
        }
        return truth;
    }

    static string Body(Random random, ExportProspect p, int m, int lines, bool sent)
    {
        var body = new StringBuilder();
        body.Append(sent ? $"Dear {p.Name.Split(' ')[0]},\r\n\r\n" : "Hi Pat,\r\n\r\n");
        for (var i = 0; i < lines; i++)
            body.Append(i % 3 == 0 ? $"We hold a \"{m % 9 + 1}/8\" interest, roughly {random.Next(10, 640)} net mineral acres, in Reeves County.\r\n"
                : "Let me know if you're interested, and whether a call this week works for you.\r\n");
        body.Append("\r\nThanks,\r\n").Append(sent ? MeName : p.Name).Append("\r\n\r\n-----Original Message-----\r\nFrom: ")
            .Append(sent ? p.Name : MeName).Append("\r\nSent: Monday, November 23, 2026 9:14 AM\r\nTo: ").Append(sent ? MeName : p.Name)
            .Append("\r\nSubject: Mineral rights\r\n\r\n> Reply STOP to unsubscribe, \"quoted\", with commas.\r\n");
        return body.ToString();
    }

    static void WriteRow(TextWriter writer, string[] fields)
    {
        for (var i = 0; i < fields.Length; i++)
        {
            if (i > 0) writer.Write(',');
            var f = fields[i];
            writer.Write(f.IndexOfAny(new[] { ',', '"', '\r', '\n' }) >= 0 || f.StartsWith(" ") ? "\"" + f.Replace("\"", "\"\"") + "\"" : f);
        }
        writer.Write("\r\n");
    }
}
