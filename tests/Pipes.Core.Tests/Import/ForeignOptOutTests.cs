using System.Text;
using Pipes.Import;
using Pipes.Import.Normalization;

namespace Pipes.Tests.Import;

/// <summary>
/// Opt-outs and do-not-call marks in exports that are not in English (French, Spanish, German, Portuguese), and the values the
/// project decided (a deceased owner, "Remove from list", an e-mail status's "Invalid", a changed number, a litigator flag).
/// </summary>
public sealed class ForeignOptOutTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("pipes-intl-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private List<ContactRecord> Import(string text, Encoding? encoding = null)
    {
        var path = Path.Combine(_dir, $"{Guid.NewGuid():N}.csv");
        File.WriteAllText(path, text, encoding ?? new UTF8Encoding(false));
        var summary = new ImportSummary();
        var items = ContactImporter.Import(path, new ImportOptions(), summary).ToList();
        Assert.All(items, i => Assert.Null(i.Error));
        return items.Select(i => i.Record!).ToList();
    }

    public enum Channel { Calls, Email, Both }

    // One row says yes, the next no: the yes withholds its channel(s) and nothing else, the no nothing at all.
    [Theory]
    [InlineData("Ne pas appeler", "Oui", "Non", Channel.Calls)] // SuiteCRM, HubSpot (French)
    [InlineData("No llamar", "Sí", "No", Channel.Calls)] // Salesforce (Spanish), a dialler
    [InlineData("No llamar", "1", "0", Channel.Calls)]
    [InlineData("Nicht anrufen", "WAHR", "FALSCH", Channel.Calls)] // Salesforce (German), saved by German Excel
    [InlineData("Não ligar", "Sim", "Não", Channel.Calls)]
    [InlineData("Não ligar", "VERDADEIRO", "NÃO", Channel.Calls)]
    [InlineData("Ne pas autoriser les appels téléphoniques", "Ne pas autoriser", "Autoriser", Channel.Calls)] // Dynamics (French)
    [InlineData("Telefonanrufe nicht zulassen", "Nicht zulassen", "Zulassen", Channel.Calls)] // Dynamics (German)
    [InlineData("Não Permitir Telefonemas", "Não Permitir", "Permitir", Channel.Calls)] // Dynamics (Portuguese)
    [InlineData("No permitir llamadas de teléfono", "No permitir", "Permitir", Channel.Calls)] // Dynamics (Spanish)
    [InlineData("Désabonné", "Oui", "Non", Channel.Email)]
    [InlineData("Desabonne", "oui", "non", Channel.Email)] // typed without accents
    [InlineData("Désabonné de tous les e-mails", "VRAI", "FAUX", Channel.Email)] // HubSpot (French)
    [InlineData("Ne pas autoriser les e-mails", "Ne pas autoriser", "Autoriser", Channel.Email)] // Dynamics (French)
    [InlineData("Ne pas autoriser les e-mails en masse", "Ne pas autoriser", "Autoriser", Channel.Email)]
    [InlineData("Date de désinscription", "14/03/2024", "", Channel.Email)]
    [InlineData("Dado de baja", "Sí", "No", Channel.Email)]
    [InlineData("No participar en correo electrónico", "Verdadero", "Falso", Channel.Email)] // Salesforce (Spanish)
    [InlineData("Exclusión de correo electrónico", "true", "false", Channel.Email)] // Zoho (Spanish)
    [InlineData("Fecha de baja", "03/02/2024", "", Channel.Email)]
    [InlineData("Von allen E-Mails abgemeldet", "Ja", "Nein", Channel.Email)] // HubSpot (German)
    [InlineData("E-Mails nicht zulassen", "Nicht zulassen", "Zulassen", Channel.Email)] // Dynamics (German)
    [InlineData("Abgemeldet am", "12.03.2024", "00.00.0000", Channel.Email)]
    [InlineData("Descadastrado", "Sim", "Não", Channel.Email)]
    [InlineData("Recusar email", "VERDADEIRO", "FALSO", Channel.Email)] // Salesforce (Portuguese)
    [InlineData("Não Permitir Emails", "Não Permitir", "Permitir", Channel.Email)] // Dynamics (Portuguese)
    [InlineData("No contactar", "Sí", "No", Channel.Both)]
    [InlineData("Ne pas contacter", "Oui", "Non", Channel.Both)]
    [InlineData("Décédé", "Oui", "Non", Channel.Both)]
    [InlineData("Decede", "X", "", Channel.Both)]
    [InlineData("Fallecido", "Sí", "No", Channel.Both)]
    [InlineData("Verstorben", "Ja", "Nein", Channel.Both)]
    [InlineData("Deceased", "Y", "N", Channel.Both)]
    [InlineData("Lista Robinson", "Sí", "No", Channel.Both)] // Spain's do-not-contact register (every channel)
    [InlineData("Robinsonliste", "Ja", "Nein", Channel.Both)]
    [InlineData("Werbewiderspruch", "Ja", "Nein", Channel.Both)] // a German objection to marketing
    [InlineData("Não Me Perturbe", "Sim", "Não", Channel.Calls)] // Brazil's register of numbers not to call
    [InlineData("TCPA Litigator", "Yes", "No", Channel.Calls)] // skip tracers
    [InlineData("Known Litigator", "Y", "N", Channel.Calls)]
    [InlineData("Litigator Risk", "High", "Low", Channel.Calls)] // a skip tracer's risk score
    [InlineData("TCPA Litigator Risk", "Medium", "Minimal", Channel.Calls)]
    [InlineData("Litigator", "TRUE", "FALSE", Channel.Calls)]
    public void AColumnInItsOwnLanguageMarksItsRowUnlessItSaysNo(string header, string yes, string no, Channel channel)
    {
        var records = Import($"Name,Email,Phone,{header}\nJo Smith,jo@x.com,713-555-0101,{yes}\nAl Roe,al@x.com,713-555-0102,{no}\n");

        var calls = channel is Channel.Calls or Channel.Both;
        var email = channel is Channel.Email or Channel.Both;
        Assert.Equal(calls ? null : "7135550101", records[0].Phone);
        Assert.Equal(email ? null : "jo@x.com", records[0].Email);
        if (email) Assert.Equal("jo@x.com", records[0].WithheldEmails);
        if (calls) Assert.Equal("7135550101", records[0].PhoneRaw);
        Assert.Contains($"the row is marked '{header}' = '{yes}'", records[0].Issues);
        // The no marks nothing: a column recognised must not mark every row.
        Assert.Equal(("al@x.com", "7135550102", null, null), (records[1].Email, records[1].Phone, records[1].WithheldEmails, records[1].PhoneRaw));
    }

    // An heirship list: each heir's row names the owner who died. The heir is the prospect; a column naming someone is no flag.
    [Theory]
    [InlineData("Deceased Owner")]
    [InlineData("Deceased Name")]
    [InlineData("Nombre del fallecido")]
    [InlineData("Verstorben (Name)")]
    public void AColumnNamingTheDeceasedMarksNoOne(string header)
    {
        var records = Import($"Name,Email,Phone,{header}\nJo Smith,jo@x.com,713-555-0101,Ray Smith\n");
        Assert.Equal(("jo@x.com", "7135550101", null, null), (records[0].Email, records[0].Phone, records[0].WithheldEmails, records[0].PhoneRaw));
    }

    // A column headed only "Deceased" that holds the decedent's name on an heir's row names whom the heir inherits from; the row's own
    // name there, a yes, a date or a word of its own ("Per obituary") still says the row's person died.
    [Theory]
    [InlineData("Deceased", "Ray Smith", false)]
    [InlineData("Deceased", "Smith, Ray A.", false)]
    [InlineData("Deceased", "Estate of Ray Smith", false)]
    [InlineData("Fallecido", "Ramón Pérez García", false)]
    [InlineData("Deceased", "Jo Smith", true)] // the row's own person
    [InlineData("Deceased", "SMITH, JO", true)]
    [InlineData("Deceased", "J. Smith", true)] // the row's own person by the first name's initial (the reviewer's "J. Smith")
    [InlineData("Deceased", "Smith, J", true)]
    [InlineData("Deceased", "R. Smith", false)]
    [InlineData("Deceased", "Yes", true)]
    [InlineData("Deceased", "03/14/2019", true)]
    [InlineData("Deceased", "Per Obituary", true)]
    [InlineData("Deceased", "Confirmed Deceased", true)]
    [InlineData("Deceased", "X", true)]
    [InlineData("Deceased (Y/N)", "Ray Smith", false)]
    [InlineData("Deceased", "No", false)]
    // A relative named as the one who died, as a status's "Spouse deceased" does not withhold the living owner.
    [InlineData("Deceased", "Husband", false)]
    [InlineData("Deceased", "Spouse - 2019", false)]
    [InlineData("Fallecido", "Esposo", false)]
    public void ADeathColumnNamingSomeoneElseMarksNoOne(string header, string value, bool marked)
    {
        var record = Import($"Name,Email,Phone,{header}\nJo Smith,jo@x.com,713-555-0101,\"{value}\"\n")[0];
        Assert.Equal(marked ? (null, null) : ("jo@x.com", "7135550101"), (record.Email, record.Phone));
    }

    // A value that starts as a no word does but says something else is still a mark: "Non-deliverable" under a bounce, "Faux numéro" under
    // Ne pas appeler (only the Excel booleans FAUX, FALSCH, FALSO standing alone are a no).
    [Theory]
    [InlineData("Hard Bounce", "Non-deliverable", Channel.Email)]
    [InlineData("Ne pas appeler", "Faux numéro", Channel.Calls)]
    [InlineData("Nicht anrufen", "Falsch verbunden", Channel.Calls)]
    public void AWordThatOnlyStartsLikeANoIsAMark(string header, string value, Channel channel)
    {
        var records = Import($"Name,Email,Phone,{header}\nJo Smith,jo@x.com,713-555-0101,{value}\n");
        Assert.Equal(channel == Channel.Calls ? null : "7135550101", records[0].Phone);
        Assert.Equal(channel == Channel.Email ? null : "jo@x.com", records[0].Email);
    }

    // Windows-1252 with ';', as Excel writes "CSV" on a French or German Windows.
    [Fact]
    public void AnExcelCsvOfAEuropeanWindowsIsReadWithItsMarks()
    {
        var records = Import("Prénom;Nom;Courriel;Téléphone;Désabonné;Ne pas appeler\r\nJean;Dupont;jean@x.fr;713-555-0101;Non;Oui\r\nAnne;Roux;anne@x.fr;713-555-0102;Oui;Non\r\n",
            Encoding.Latin1);

        Assert.Equal(("jean@x.fr", null, "7135550101"), (records[0].Email, records[0].Phone, records[0].PhoneRaw));
        Assert.Equal((null, "anne@x.fr", "7135550102"), (records[1].Email, records[1].WithheldEmails, records[1].Phone));
    }

    // An opt-out of another channel is not one of e-mail: Brevo's "Blocklisté (SMS)", a "Désabonné SMS".
    [Theory]
    [InlineData("Blocklisté (SMS)")]
    [InlineData("Désabonné SMS")]
    [InlineData("Baja de llamadas")]
    public void AnotherChannelsOptOutLeavesTheAddress(string header)
    {
        var records = Import($"Name,Email,{header}\nJo Smith,jo@x.com,Oui\n");
        Assert.Equal("jo@x.com", records[0].Email);
    }

    // Status, result and tag columns read by their words.
    [Theory]
    [InlineData("Resultado de la llamada", "Número equivocado", true, false)]
    [InlineData("Resultado de la llamada", "Fuera de servicio", true, false)]
    [InlineData("Resultado de la llamada", "No llamar", true, false)]
    [InlineData("Resultado de la llamada", "No contesta", false, false)]
    [InlineData("Resultado de la llamada", "No interesado", false, false)]
    [InlineData("Statut", "Ne pas appeler", true, false)]
    [InlineData("Statut", "Non qualifié", false, false)]
    [InlineData("Estado", "dado de baja", false, true)]
    [InlineData("Estado", "limpiado", false, true)]
    [InlineData("Estado", "no suscrito", false, false)]
    [InlineData("Status", "abgemeldet", false, true)]
    [InlineData("Status", "aktiv", false, false)]
    [InlineData("Catégories", "Clients; Ne pas appeler", true, false)] // Outlook (French)
    [InlineData("Kategorien", "Nicht anrufen", true, false)]
    [InlineData("Categorias", "Não ligar", true, false)]
    [InlineData("Categorías", "Baja", false, true)]
    [InlineData("Etiquetas", "No llamar", true, false)] // Mailchimp's TAGS (Spanish)
    [InlineData("Estado", "Baja", false, true)]
    [InlineData("Estado", "Baja de la lista", false, true)]
    [InlineData("Estado", "Baja California", false, false)] // a Mexican address's state, not a subscriber's status
    [InlineData("Estado", "Baja California Sur", false, false)]
    public void AStatusInItsOwnLanguageMarksByItsWords(string header, string value, bool calls, bool email)
    {
        var records = Import($"Name,Email,Phone,{header}\nJo Smith,jo@x.com,713-555-0101,\"{value}\"\n");
        Assert.Equal(calls ? null : "7135550101", records[0].Phone);
        Assert.Equal(email ? null : "jo@x.com", records[0].Email);
    }

    // The project's values: an owner who died, or asked off the list, is neither called nor written to; a general Status's
    // "Removed" says nothing; an e-mail status column's "Invalid", "Bounced", "Removed"... withhold the address.
    [Theory]
    [InlineData("Status", "Deceased", true, true)]
    [InlineData("Status", "Fallecido", true, true)]
    [InlineData("Statut", "Décédé", true, true)]
    [InlineData("Status", "Verstorben", true, true)]
    [InlineData("Status", "Falecido", true, true)]
    [InlineData("Tags", "Owners, Deceased", true, true)]
    [InlineData("Tags", "Heirs; Deceased", true, true)] // two tags: the row's person died
    [InlineData("Status", "Heir - deceased", true, true)]
    [InlineData("Tags", "Heir of deceased owner", false, false)] // an heir, the prospect: the owner died
    [InlineData("Status", "Heir - owner deceased", false, false)]
    [InlineData("Estado", "Heredero del fallecido", false, false)]
    [InlineData("Last Call Result", "Heir (owner deceased 2019)", false, false)]
    [InlineData("Last Call Result", "Deceased", true, true)]
    [InlineData("Status", "Spouse deceased", false, false)] // a relative died: the row's person is alive, often the surviving owner
    [InlineData("Status", "Wife - deceased 2020", false, false)]
    [InlineData("Tags", "Owners; Deceased husband", false, false)]
    [InlineData("Estado", "Esposo fallecido", false, false)]
    [InlineData("Status", "Mutter verstorben", false, false)]
    [InlineData("Status", "Owner deceased", true, true)]
    [InlineData("Tags", "Spouse; Deceased", true, true)] // two tags: the row's person died
    [InlineData("Status", "Deceased 2019", true, true)]
    [InlineData("Disposition", "Remove from list", true, true)]
    [InlineData("Status", "Remove from list", true, true)]
    [InlineData("Status", "Removed from list", true, true)]
    [InlineData("Status", "Remove", true, true)]
    [InlineData("Tags", "Owners; Remove", true, true)] // one tag among several
    [InlineData("Tags", "Remove, Hot", true, true)]
    [InlineData("Labels", "* myContacts ::: Remove", true, true)] // Google Contacts' labels
    [InlineData("Tags", "Remove duplicate", false, false)] // a phrase: no request
    [InlineData("Status", "Removed lien; Owners", false, false)]
    [InlineData("Status", "Removed", false, false)]
    [InlineData("Status", "Invalid", false, false)]
    [InlineData("Disposition", "Bad Number", true, false)]
    [InlineData("Disposition", "Opted Out", true, false)] // a dialler's opt-out is of calls: read for mail only when the owner is gone
    [InlineData("Email Status", "Invalid", false, true)]
    [InlineData("Email Status", "Removed", false, true)]
    [InlineData("Email Status", "Bounced", false, true)]
    [InlineData("Email Status", "Undeliverable", false, true)]
    [InlineData("Subscription Status", "Suppressed", false, true)]
    [InlineData("Email Permission Status", "Non-deliverable", false, true)]
    [InlineData("Email Status", "Blocked", false, true)]
    [InlineData("Email Status", "Valid", false, false)]
    [InlineData("Email Status", "Deliverable", false, false)]
    [InlineData("Situação do email", "Inválido", false, true)] // RD Station
    public void TheProjectsStatusValues(string header, string value, bool calls, bool email)
    {
        var records = Import($"Name,Email,Phone,{header}\nJo Smith,jo@x.com,713-555-0101,\"{value}\"\n");
        Assert.Equal(calls ? null : "7135550101", records[0].Phone);
        Assert.Equal(email ? null : "jo@x.com", records[0].Email);
        if (email) Assert.Contains($"'{header}' = '{value}'", records[0].Issues); // Issues quotes the value
    }

    // Words beside a number, in these languages and the project's new English ones: the number is not dialled.
    [Theory]
    [InlineData("713-555-0101 (ne pas appeler)")]
    [InlineData("713-555-0101 numéro erroné")] // "num" is no label when the word goes on: the words were read as "num éro erroné"
    [InlineData("713-555-0101 faux numéro")]
    [InlineData("713-555-0101 (no llamar)")]
    [InlineData("713-555-0101 número equivocado")]
    [InlineData("713-555-0101 (nicht anrufen)")]
    [InlineData("713-555-0101 falsche Nummer")]
    [InlineData("713-555-0101 (não ligar)")]
    [InlineData("713-555-0101 número errado")]
    [InlineData("713-555-0101 (fallecido)")]
    [InlineData("713-555-0101 (number changed)")]
    [InlineData("713-555-0101 changed number")]
    [InlineData("713-555-0101 old number")]
    [InlineData("713-555-0101 no longer in service")]
    [InlineData("713-555-0101 not the owner's number")]
    [InlineData("713-555-0101 (old)")] // a skip tracer's notes
    [InlineData("713-555-0101 (formerly)")]
    [InlineData("713-555-0101 (previous owner)")]
    [InlineData("713-555-0101 (prior)")]
    [InlineData("713-555-0101 (not his number)")]
    [InlineData("Old: 713-555-0101")]
    public void WordsBesideANumberStopIt(string cell)
    {
        var result = PhoneNormalizer.Normalize(cell);
        Assert.False(result.IsUsable);
        Assert.Contains("not taken as a number to dial", result.Problem);
    }

    // Words in parentheses right after a number are its note, also when another number follows: "(old number)" beside the old one
    // took the new one out and dialled the old. A label alone still belongs to the number after it.
    [Theory]
    [InlineData("713-555-0101 (old number) 281-555-0102", "2815550102", null, "7135550101")]
    [InlineData("713-555-0101 (number changed) 281-555-0102", "2815550102", null, "7135550101")]
    [InlineData("713-555-0101 (número equivocado) 281-555-0102", "2815550102", null, "7135550101")]
    [InlineData("713-555-0101 (DNC) 281-555-0102", "2815550102", null, "7135550101")]
    [InlineData("713-555-0101 (after 5pm) 281-555-0102", "7135550101", "2815550102", null)]
    [InlineData("713-555-0101 (call prior to 5pm) 281-555-0102", "7135550101", "2815550102", null)]
    [InlineData("713-555-0101 (old) 281-555-0102", "2815550102", null, "7135550101")]
    // A later number that says it replaced the one before: the one before is not dialled, the new one is.
    [InlineData("713-555-0101 (number changed to 432-555-0199)", "4325550199", null, "7135550101")]
    [InlineData("713-555-0101 - changed to 432-555-0199", "4325550199", null, "7135550101")]
    [InlineData("713-555-0101, new # 432-555-0199", "4325550199", null, "7135550101")]
    [InlineData("713-555-0101 now 432-555-0199", "4325550199", null, "7135550101")]
    [InlineData("713-555-0101 (nuevo número 432-555-0199)", "4325550199", null, "7135550101")]
    [InlineData("713-555-0101 (was 281-555-0102)", "7135550101", null, "2815550102")] // the later one is the old one
    // Only a later number's aside that says no more than that it replaced the one before does: "New York office", "cell - best now",
    // "now retired" are what the later line is, and the one before stays.
    [InlineData("713-555-0101; 212-555-0102 (New York office)", "7135550101", "2125550102", null)]
    [InlineData("713-555-0101 (home), 713-555-0102 (cell - best now)", "7135550101", "7135550102", null)]
    [InlineData("713-555-0101 cell; 713-555-0102 home (now retired)", "7135550101", "7135550102", null)]
    [InlineData("713-555-0101, 713-555-0102 (new number)", "7135550102", null, "7135550101")]
    // "Old" names an old number alone or before a kind of line, not as a word of a place ("Old Town Rd office").
    [InlineData("713-555-0101 Old Town Rd office", "7135550101", null, null)]
    [InlineData("713-555-0101 (old cell) 281-555-0102", "2815550102", null, "7135550101")]
    [InlineData("Cell 713-555-0101 Home 281-555-0102", "7135550101", "2815550102", null)]
    [InlineData("(c) 713-555-0101 (h) 281-555-0102", "7135550101", "2815550102", null)]
    [InlineData("713-555-0101 (cell) 281-555-0102 (fax)", "7135550101", null, "2815550102")]
    [InlineData("W: 713-555-0101 (F) 713-555-0198", "7135550101", null, "7135550198")]
    public void ANoteInParenthesesBetweenTwoNumbersIsTheFirstOnes(string cell, string phone, string? extra, string? notDialled)
    {
        var record = Import($"Name,Phone\nJo Smith,\"{cell}\"\n")[0];
        Assert.Equal((phone, extra), (record.Phone, record.ExtraPhones));
        if (notDialled is null) Assert.Null(record.PhoneRaw);
        else Assert.Equal(notDialled, new string(record.PhoneRaw!.Where(char.IsAsciiDigit).ToArray())[..10]);
    }

    [Theory]
    [InlineData("713-555-0101 (oficina)")]
    [InlineData("713-555-0101 numéro pro")]
    [InlineData("713-555-0101 Nummer privat")]
    [InlineData("713-555-0101 (owner's cell)")]
    public void OtherWordsBesideANumberKeepIt(string cell) => Assert.Equal("7135550101", PhoneNormalizer.Normalize(cell).Number);

    [Theory]
    [InlineData("jo@x.com (ne pas écrire)")]
    [InlineData("jo@x.com (désabonné)")]
    [InlineData("jo@x.com (no escribir)")]
    [InlineData("jo@x.com (dado de baja)")]
    [InlineData("jo@x.com (abgemeldet)")]
    [InlineData("jo@x.com (descadastrado)")]
    [InlineData("jo@x.com (não enviar)")]
    public void WordsBesideAnAddressWithholdIt(string cell)
    {
        var records = Import($"Name,Email\nJo Smith,\"{cell}\"\n");
        Assert.Equal((null, "jo@x.com"), (records[0].Email, records[0].WithheldEmails));
    }

    // The email and phone names of localised Outlook, HubSpot, Dynamics and Zoho exports, accents typed or not.
    [Theory]
    [InlineData("Endereço de email", "Email")] // Outlook (Portuguese)
    [InlineData("Endereco de email", "Email")]
    [InlineData("Correo electrónico secundario", "Email")] // Zoho (Spanish)
    [InlineData("Telefone", "Phone")]
    [InlineData("Telefone comercial", "Phone")]
    [InlineData("Telefone celular", "Phone")]
    [InlineData("Numéro de téléphone", "Phone")] // HubSpot (French)
    [InlineData("Numero de telephone", "Phone")]
    [InlineData("Téléphone professionnel", "Phone")] // Dynamics (French)
    [InlineData("Tél. mobile", "Phone")] // Outlook (French)
    [InlineData("Telefono del trabajo", "Phone")] // Outlook (Spanish), typed without accents
    [InlineData("Telefon geschaftlich", "Phone")]
    [InlineData("Desabonne", null)] // a flag, not a field
    [InlineData("Nome", "FullName")] // RD Station, Outlook (Portuguese): the whole name
    [InlineData("Nome completo", "FullName")]
    [InlineData("Primeiro nome", "FirstName")]
    [InlineData("Sobrenome", "LastName")]
    [InlineData("Apelido", "Nickname")] // a Brazilian's apelido is a nickname (Portugal's is the surname: Brazil is the market here)
    public void LocalisedHeadersMap(string header, string? target) => Assert.Equal(target, ContactFields.TargetFor(header));
}
