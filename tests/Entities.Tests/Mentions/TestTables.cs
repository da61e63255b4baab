using Entities.Knowledge;
using Entities.Resolution;

namespace Entities.Tests.Mentions;

/// <summary>A small alias table of French institutions, media and companies, independent of the shipped data files.</summary>
internal static class TestTables
{
    public static AliasTable Institutions { get; } = new(
        [
            new AliasEntry("Haute Autorité de santé", EntityLabel.Organization, ["HAS"], "test"),
            new AliasEntry("Insee", EntityLabel.Organization, ["INSEE", "Institut national de la statistique et des études économiques"], "test"),
            new AliasEntry("TotalEnergies", EntityLabel.Organization, [], "test"),
            new AliasEntry("BFMTV", EntityLabel.Organization, [], "test"),
            new AliasEntry("franceinfo", EntityLabel.Organization, [], "test"),
            new AliasEntry("Agence France-Presse", EntityLabel.Organization, ["AFP"], "test"),
            new AliasEntry("Conseil d'État", EntityLabel.Organization, [], "test"),
            new AliasEntry("Cour des comptes", EntityLabel.Organization, [], "test"),
            new AliasEntry("Matignon", EntityLabel.Organization, ["Hôtel de Matignon"], "test"),
            new AliasEntry("Banque de France", EntityLabel.Organization, [], "test"),
            new AliasEntry("Organisation du traité de l'Atlantique nord", EntityLabel.Organization, ["OTAN"], "test"),
            new AliasEntry("Organisation des Nations unies", EntityLabel.Organization, ["ONU"], "test"),
            new AliasEntry("Orange", EntityLabel.Organization, [], "test"),
            new AliasEntry("Les Échos", EntityLabel.Organization, [], "test"),
            new AliasEntry("Direction générale de la gendarmerie nationale", EntityLabel.Organization, ["Gendarmerie nationale", "gendarmerie"], "test"),
            new AliasEntry("Georgia", EntityLabel.Location, [], "test"),
            new AliasEntry("Georgia", EntityLabel.Organization, [], "test"),
            new AliasEntry("France", EntityLabel.Location, ["République française"], "test"),
            new AliasEntry("Paris", EntityLabel.Location, [], "test"),
            new AliasEntry("Emmanuel Macron", EntityLabel.Person, ["Macron"], "test"),
        ],
        MatchKeyBuilder.FoldOnly);
}
