using System.Text;
using System.Text.RegularExpressions;

namespace Pipes.Import;

/// <summary>
/// The opt-out and do-not-call words of the other languages the importer reads (French, Spanish, German, Portuguese), as
/// localised CRMs, mailing tools, Outlook and diallers write them: column names ("Désabonné", "No llamar", "Nicht anrufen",
/// "Não ligar", Dynamics' "Ne pas autoriser les e-mails"), yes/no values ("Non", "Nein", "Não", "FAUX", "FALSCH", "Autoriser"),
/// status words ("Dado de baja", "Número equivocado", "Abgemeldet") and words beside an address or a number ("(ne pas écrire)",
/// "(no llamar)"). Word lists, one a language: what they add to the English rules of <see cref="RecordBuilder"/> and
/// <see cref="Normalization.PhoneNormalizer"/>, which take the value fragments here into their own patterns.
/// </summary>
internal static partial class OptOutLanguages
{
    /// <summary>A header's text as the patterns below read it: lower case, accents folded ("Désabonné" and "Desabonne" alike), words one space apart.</summary>
    internal static string PlainHeader(string header)
    {
        var folded = TextCleaning.FoldAccents(header.ToLowerInvariant());
        var builder = new StringBuilder(folded.Length + 2).Append(' ');
        foreach (var c in folded)
        {
            if (char.IsLetterOrDigit(c)) builder.Append(c);
            else if (builder[^1] != ' ') builder.Append(' ');
        }
        if (builder[^1] != ' ') builder.Append(' ');
        return builder.ToString();
    }

    /// <summary>A column whose yes says not to call: "Ne pas appeler", "No llamar", "Nicht anrufen", "Não ligar", Dynamics' "Ne pas autoriser les appels téléphoniques", "Telefonanrufe nicht zulassen", "Não Permitir Telefonemas".</summary>
    internal static bool NamesDoNotCall(string header) => PlainHeader(header) is var plain && (DoNotCallHeader().IsMatch(plain) || NamesBothChannels(plain));

    /// <summary>
    /// A column whose yes says not to write: "Désabonné", "Désinscrit", "Date de désinscription", "Ne pas envoyer d'e-mail", "Refus d'e-mail", "Dado de
    /// baja", "Fecha de baja", "No participar en correo electrónico", "Abgemeldet", "Von allen E-Mails abgemeldet", "E-Mails nicht zulassen",
    /// "Descadastrado", "Recusar email", "Não Permitir Emails"; not one that names only another channel ("Désabonné SMS", "Baja de llamadas").
    /// </summary>
    internal static bool NamesDoNotEmail(string header)
    {
        var plain = PlainHeader(header);
        if (NamesBothChannels(plain)) return true;
        if (!DoNotEmailHeader().IsMatch(plain)) return false;
        return EmailChannel().IsMatch(plain) || !OtherChannel().IsMatch(plain);
    }

    /// <summary>Whom no one is to contact at all: "Ne pas contacter", "No contactar", "Nicht kontaktieren", "Não contatar"; a deceased owner ("Décédé", "Fallecido", "Verstorben", "Falecido", "Deceased").</summary>
    /// <remarks>
    /// Not a column that names someone ("Deceased Owner", "Decedent Name", "Nom du défunt"): an heirship list gives each heir's row the name
    /// of the owner who died, and that heir is the prospect.
    /// </remarks>
    private static bool NamesBothChannels(string plain) => DoNotContactHeader().IsMatch(plain) && !NamesAPerson().IsMatch(plain);

    /// <summary>A yes/no column about the row's person's death ("Deceased", "Deceased (Y/N)", "Fallecido", "Verstorben"), not one of the other do-not-contact columns.</summary>
    internal static bool NamesDeath(string header) => PlainHeader(header) is var plain && NamesBothChannels(plain) && DeathHeader().IsMatch(plain);

    [GeneratedRegex(@" (?:" + Deceased + ") ")]
    private static partial Regex DeathHeader();

    [GeneratedRegex(@" (?:names?|nom|nombre|nome|owners?|heirs?|spouse|relative|person|proprietaire|propietari[oa]|titular|eigentumer|erben?|herdeir[oa]s?) ")]
    private static partial Regex NamesAPerson();

    [GeneratedRegex(@" (?:ne pas (?:appeler|telephoner|demarcher)|ne pas autoriser (?:les )?appels|bloctel|opposition (?:au )?demarchage|nao me perturbe"
        + @"|no (?:llamar|marcar)|no (?:permitir|aceptar|recibir) (?:las )?llamadas|excluir de llamadas"
        + @"|nicht anrufen|keine anrufe|(?:telefon)?anrufe nicht (?:zulassen|erlaubt|erwunscht)"
        + @"|nao (?:ligar|telefonar)|nao permitir (?:telefonemas|ligacoes|chamadas)|nao aceita (?:ligacoes|chamadas)) ")]
    private static partial Regex DoNotCallHeader();

    [GeneratedRegex(@" (?:desabonne[es]*|desabonnement|desinscrit[es]*|desinscription|ne pas (?:envoyer|ecrire|autoriser|recevoir)\b.* (?:e ?mails?|courriels?|mails?)|refus(?:e|er)? (?:d |de l |des )?(?:e ?mails?|courriels?)|rebonds?"
        + @"|dad[oa]s? de baja|(?:fecha de )?baja|darse de baja|desuscrit[oa]s?|desuscripcion|cancelo (?:la )?suscripcion|no (?:enviar|participar|recibir|permitir)\b.* correos?|exclusion de correo|rebotad[oa]s?|rebote"
        + @"|abgemeldet|abmeldung|abbestellt|ausgetragen|keine (?:e ?mails?|mails|newsletter)|(?:massen )?e ?mails? nicht (?:zulassen|erlaubt|erwunscht)"
        + @"|descadastrad[oa]s?|descadastro|cancelou (?:a )?inscricao|nao (?:enviar|receber|permitir)\b.* e ?mails?|recusar e ?mails?|nao aceita e ?mails?) ")]
    private static partial Regex DoNotEmailHeader();

    // With the national do-not-contact registers that cover every channel (Spain's Lista Robinson, Germany's Robinsonliste) and a German
    // objection to marketing (Werbewiderspruch, GDPR art. 21). Brazil's Não Me Perturbe is for calls (DoNotCallHeader).
    [GeneratedRegex(@" (?:ne pas contacter|no contactar|no molestar|nicht kontaktieren|kein kontakt|nao (?:contatar|contactar)|deceased|decedee?|fallecid[oa]|verstorben|falecid[oa]"
        + @"|(?:lista )?robinson(?:liste)?|werbewiderspruch|widerspruch (?:gegen )?werbung|werbesperre) ")]
    private static partial Regex DoNotContactHeader();

    [GeneratedRegex(@" (?:e ?mails?|courriels?|correos? electronicos?|mails?|newsletter) ")]
    private static partial Regex EmailChannel();

    [GeneratedRegex(@" (?:sms|textos?|telephone|telephoniques?|appels?|telefonos?|llamadas?|telefone|telefonemas|ligacoes|chamadas|anrufe|telefon|postal|postales?|courrier|post|briefpost|correspondencia) ")]
    private static partial Regex OtherChannel();

    // Status, result and tag columns in these languages, as ContactFields keys with accents folded: read by their words, as "Status" is.
    internal static readonly string[] StatusHeaders = ["statut", "statutdulead", "statutducontact", "statutduprospect", "etat", "estado", "estatus", "estadodellead",
        "estadodelcontacto", "estadodelprospecto", "situacion", "situacao", "kontaktstatus", "statusdolead", "statusdocontato"];

    internal static readonly string[] CallResultHeaders = ["resultat", "resultatdelappel", "resultatappel", "dernierresultat", "resultado", "resultadodelallamada",
        "resultadodellamada", "resultadollamada", "ultimoresultado", "disposicion", "tipificacion", "anrufergebnis", "gesprachsergebnis", "ergebnis",
        "resultadodaligacao", "resultadodachamada", "statusdaligacao"];

    internal static readonly string[] TagHeaders = ["etiquettes", "etiquette", "libelles", "categorie", "categorias", "categoria", "kategorien", "kategorie", "etiquetas",
        "etiqueta", "marcadores", "schlagworter", "stichworter", "gruppen", "groupes", "grupos", "listas", "listen"];

    // Columns that speak of the address alone (the e-mail's or the subscription's status), as "Email Status" does.
    internal static readonly string[] EmailStatusHeaders = ["statutemail", "statutdelemail", "statutdabonnement", "statutabonnement", "estadodelcorreo", "estadodecorreo",
        "estadodelemail", "estadodesuscripcion", "estadodelasuscripcion", "abonnementstatus", "abostatus", "newsletterstatus", "anmeldestatus", "situacaodoemail",
        "statusdoemail", "situacaodainscricao", "statusdainscricao", "estadodoemail"];

    // The value fragments below go inside the English patterns' alternations (one word list a language).

    /// <summary>A status, disposition or tag that says not to call, or what the number is: "No llamar", "Número equivocado", "Fuera de servicio", "Nicht anrufen", "Falsche Nummer", "Não ligar", "Ne pas appeler", "Faux numéro".</summary>
    internal const string StatusDoNotCall =
        @"ne[\s-]+pas[\s-]+(?:appeler|contacter|d[ée]marcher)|\bfaux[\s-]+num[ée]ro\b|\bnum[ée]ro[\s-]+(?:erron[ée]|incorrect|invalide)|\bhors[\s-]+service\b"
        + @"|\bno[\s-]+(?:llamar|contactar|marcar)\b|\bn[úu]mero[\s-]+(?:equivocado|err[óo]neo|incorrecto|inv[áa]lido)|\bdesconectado\b|\bfuera[\s-]+de[\s-]+servicio\b"
        + @"|\bnicht[\s-]+(?:anrufen|kontaktieren)\b|\bkeine[\s-]+anrufe\b|\bfalsche[\s-]+(?:telefon)?nummer\b|\bkein[\s-]+anschluss\b"
        + @"|\bn[ãa]o[\s-]+(?:ligar|contatar|contactar|telefonar)\b|\bn[úu]mero[\s-]+(?:errado|incorreto)\b|\bfora[\s-]+de[\s-]+servi[çc]o\b";

    /// <summary>A status or tag that says not to write: "Désabonné", "Désinscrit", "Dado de baja", "Baja", "Limpiado", "Rebotado", "Abgemeldet", "Descadastrado".</summary>
    internal const string StatusDoNotEmail =
        @"d[ée]sabonn[ée]e?s?|d[ée]sinscrite?s?|ne[\s-]+pas[\s-]+(?:envoyer|[ée]crire|contacter)|rebonds?"
        // A bare "Baja" is the status standing alone, or before "de" ("Baja de la lista"); before another word it is a name: an
        // "Estado" column is as often a Mexican address's state ("Baja California", "Baja California Sur") as a subscriber's status.
        + @"|dad[oa]s?[\s-]+de[\s-]+baja|baja(?![\s-]+(?!de\b)\p{L})|desuscrit[oa]s?|limpiad[oa]s?|rebotad[oa]s?|no[\s-]+(?:enviar|escribir|contactar)"
        + @"|abgemeldet|ausgetragen|abbestellt|nicht[\s-]+(?:anschreiben|kontaktieren)|keine[\s-]+e-?mails?"
        + @"|descadastrad[oa]s?|n[ãa]o[\s-]+(?:enviar|contatar|contactar)";

    /// <summary>An owner who died: the heirs are the prospects, so neither channel reaches the owner (the project's rule).</summary>
    internal const string Deceased = @"deceased|fallecid[oa]|d[ée]c[ée]d[ée]e?|verstorben|falecid[oa]";

    /// <summary>
    /// A status, disposition or tag that says the row's own person died: <see cref="Deceased"/>, unless the item calls the row an heir and
    /// names whose death it was first ("Heir of deceased owner", "Heir - owner deceased", "Heredero del fallecido"): the heir is the prospect;
    /// or names a relative as the one who died ("Spouse deceased", "Wife - deceased 2020", "Deceased husband", "Esposo fallecido", "Mutter
    /// verstorben"): the row's person is alive, often the surviving owner. "Heir - deceased" (no word between) and "Heirs; Deceased" (two
    /// tags) say the row's person died.
    /// </summary>
    /// <remarks>
    /// The word is matched first and the words before it are looked at behind it (each look-behind ends with the word): a look-behind
    /// written first would be tried at every position of every status cell.
    /// </remarks>
    internal const string DeceasedOwner = @"(?:" + Deceased + @")"
        + @"(?<!\b(?:heirs?|herederos?|herederas?|h[ée]ritiers?|h[ée]riti[èe]res?|erben?|erbin|herdeir[oa]s?)\b[^;,|:]*\p{L}[^;,|:]*(?:" + Deceased + @"))"
        + @"(?<!\b(?:" + Relative + @")\b[^;,|:]*(?:" + Deceased + @"))(?![\s-]+(?:(?:el|la|le|der|die|o|a)\s+)?(?:" + Relative + @")\b)";

    /// <summary>Whose line a number is when it is not the row's person's ("relative's", "daughter's cell"): a spouse is left out, often a co-owner.</summary>
    internal const string SomeoneElse =
        @"relative|cousin|neighbou?r|landlord|tenant|ex-?wife|ex-?husband|sister|brother|daughter|son|mother|father|mom|dad|aunt|uncle|nephew|niece|friend|employer|boss|grand(?:son|daughter|mother|father)|in-?law";

    /// <summary>
    /// <see cref="SomeoneElse"/> in Spanish, French, German and Portuguese, as a word alone beside a number ("(hija)", "(fils)",
    /// "(Tochter)", "(filha)", "(de su hijo)"). Not a spouse's; not the owner's own words ("dueño", "propriétaire"); not a word that is
    /// also a given name or a surname unaccented ("Tia", "Mae", "Ami", "Neto", "Pai").
    /// </summary>
    internal const string SomeoneElseAbroad =
        @"hij[oa]|herman[oa]|sobrin[oa]|niet[oa]|prim[oa]|vecin[oa]|suegr[oa]|yerno|nuera|cuñad[oa]|tía|tío|padre|madre|abuel[oa]|amig[oa]|inquilin[oa]|jefe"
        + @"|fils|fille|fr[èe]re|s[œo]eur|neveu|ni[èe]ce|voisine?|cousine|gendre|belle[\s-]?(?:fille|s[œo]eur|m[èe]re)|beau[\s-]?(?:fr[èe]re|p[èe]re)|m[èe]re|p[èe]re|locataire"
        + @"|sohn|tochter|bruder|schwester|neffe|nichte|nachbar(?:in)?|schwager|schw[äa]gerin|schwieger(?:sohn|tochter|mutter|vater)|vater|mutter|freund(?:in)?|mieter(?:in)?|vermieter(?:in)?"
        + @"|filh[oa]|irm[ãa]o|irmã|sobrinh[oa]|vizinh[oa]|genro|cunhad[oa]|mãe|inquilin[oa]|senhori[oa]|patr[ãa]o";

    /// <summary>A relative of the row's person, or another owner, named as the one who died: English, Spanish, French, German, Portuguese.</summary>
    internal const string Relative =
        @"spouse|husband|wife|widow(?:er)?|father|mother|dad|mom|mum|parents?|son|daughter|brother|sister|grand(?:father|mother|parents?|son|daughter)|uncle|aunt|cousin|co[\s-]?owner|partner"
        + @"|espos[oa]|marido|padres?|madre|hij[oa]s?|herman[oa]s?|abuel[oa]s?|c[óo]nyuge|copropietari[oa]"
        + @"|conjoint|[ée]poux|[ée]pouse|mari|p[èe]re|m[èe]re|fils|fille|fr[èe]re|s[œo]eur|copropri[ée]taire"
        + @"|ehemann|ehefrau|ehepartner|gatte|gattin|vater|mutter|eltern|sohn|tochter|bruder|schwester|miteigent[üu]mer(?:in)?"
        + @"|c[ôo]njuge|pai|m[ãa]e|filh[oa]s?|irm[ãa]o?s?|av[ôó]s?|copropriet[áa]ri[oa]";

    /// <summary>
    /// The owner asked to be taken off the list: both channels ("Remove from list", "Removed from list", "Remove" alone or as one item of
    /// a list of tags: "Owners; Remove", Google's "myContacts ::: Remove"). Not "Remove" in a phrase ("Remove duplicate", "Removed lien").
    /// </summary>
    internal const string RemoveFromList =
        @"removed?[\s-]+from[\s-]+(?:the[\s-]+|our[\s-]+)?list|remove(?<=(?:^|[;,|:*])\s*remove)(?=\s*(?:[;,|:*]|$))|retir[ée]e?[\s-]+de[\s-]+la[\s-]+liste|retirer[\s-]+de[\s-]+la[\s-]+liste"
        + @"|(?:eliminar|sacar|quitar)[\s-]+de[\s-]+la[\s-]+lista|von[\s-]+der[\s-]+liste[\s-]+(?:entfernen|streichen)|remover[\s-]+da[\s-]+lista";

    /// <summary>What an e-mail status column (not a general Status) says of an address that is not to be written to: it does not reach anyone, or was taken off.</summary>
    internal const string Undeliverable =
        @"invalid|removed?|bounced?|undeliverable|non[\s-]*deliverable|suppressed|blocked|blacklisted|blocklisted"
        + @"|invalide|supprim[ée]e?|bloqu[ée]e?|inv[áa]lid[oa]|eliminad[oa]|bloquead[oa]|ung[üu]ltig|entfernt|gesperrt|blockiert|unzustellbar|removid[oa]";

    /// <summary>Words beside an address that say not to write to it: "(ne pas écrire)", "(désabonné)", "(no escribir)", "(dado de baja)", "(abgemeldet)", "(descadastrado)".</summary>
    internal const string BesideAddress =
        @"ne[\s-]*pas[\s-]*(?:[ée]crire|envoyer|contacter|e-?mailer)|d[ée]sabonn[ée]e?|d[ée]sinscrite?|invalide"
        + @"|no[\s-]*(?:escribir|enviar|contactar)|dad[oa][\s-]*de[\s-]*baja|de[\s-]*baja|rebotad[oa]|inv[áa]lid[oa]"
        + @"|nicht[\s-]*(?:anschreiben|schreiben|kontaktieren|mailen)|abgemeldet|keine[\s-]*e-?mails?|ung[üu]ltig"
        + @"|n[ãa]o[\s-]*(?:enviar|escrever|contatar|contactar)|descadastrad[oa]|" + Deceased;

    /// <summary>Words beside a number that say not to dial it: "(ne pas appeler)", "numéro erroné", "(no llamar)", "número equivocado", "(nicht anrufen)", "falsche Nummer", "(não ligar)", "número errado".</summary>
    internal const string BesideNumber =
        @"ne[\s-]*pas[\s-]*(?:appeler|contacter)|num[ée]ro[\s-]*(?:erron[ée]|incorrect|invalide)|faux[\s-]*num[ée]ro|hors[\s-]*service"
        + @"|no[\s-]*(?:llamar|contactar|marcar)|n[úu]mero[\s-]*(?:equivocado|err[óo]neo|incorrecto|errado|incorreto)|desconectado|fuera[\s-]*de[\s-]*servicio"
        + @"|nicht[\s-]*(?:anrufen|kontaktieren)|falsche[\s-]*(?:telefon)?nummer"
        + @"|n[ãa]o[\s-]*(?:ligar|contatar|contactar)|fora[\s-]*de[\s-]*servi[çc]o|" + Deceased;

    /// <summary>A yes/no column's no in these languages (its first word): Non, Nein, Não, Faux, Falsch, Falso; Dynamics' allow ("Autoriser", "Zulassen", "Permitir"); subscribed or active under an opt-out.</summary>
    internal const string No =
        // "Non-deliverable" is no "Non", and "Faux numéro" no "FAUX": the Excel booleans stand alone.
        @"non(?!-)|nein|n[ãa]o|faux(?=\W*$)|falsch(?=\W*$)|falso(?=\W*$)|nunca(?=\W*$)|jamais(?=\W*$)|nie(?=\W*$)"
        + @"|autoris[ée]e?|autoriser|zulassen|zugelassen|erlaubt|permitir|permitid[oa]|autorizad[oa]"
        + @"|abonn[ée]e?|inscrit|suscrit[oa]|inscrit[oa]|abonniert|angemeldet|actif|activo|ativo|aktiv|valide|v[áa]lid[oa]|g[üu]ltig";

    /// <summary>Dynamics' "do not allow" in these languages: a yes, though it starts with a no word ("No permitir", "Não permitir").</summary>
    [GeneratedRegex(@"^\s*(?:do\s+not\s+allow|don'?t\s+allow|ne\s+pas\s+autoriser|no\s+permitir|no\s+autorizar|n[ãa]o\s+permitir|nicht\s+zulassen|nicht\s+erlaubt)(?!\w)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    internal static partial Regex DoNotAllow();

    /// <summary>A yes/no column's yes in these languages: Oui, Sí, Ja, Sim, Vrai, Wahr, Verdadero, Verdadeiro.</summary>
    internal static bool IsYes(string firstWord) => firstWord is "oui" or "si" or "sí" or "ja" or "sim" or "vrai" or "wahr" or "verdadero" or "verdadeiro";
}
