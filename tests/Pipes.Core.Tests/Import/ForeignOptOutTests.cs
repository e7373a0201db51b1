using System.Text;
using Pipes.Import;
using Pipes.Import.Normalization;

namespace Pipes.Tests.Import;

/// <summary>Exports that are not in English (French, Spanish, German, Portuguese).</summary>
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
    public void LocalisedHeadersMap(string header, string? target) => Assert.Equal(target, ContactFields.TargetFor(header));
}
