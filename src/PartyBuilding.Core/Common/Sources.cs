namespace PartyBuilding.Core.Common;

/// <summary>
/// The documents the library's built-in rules and figures are taken from: the public regulations, the five
/// source articles (whose files are in <c>shared/seeds</c>, named in <see cref="CitationSource.Reference"/>) and
/// <see cref="LibraryRules"/> for the library's own documented choices, which no source states.
/// </summary>
/// <remarks>
/// The date of each regulation (its <see cref="CitationSource.EffectiveFrom"/>) is the date of issue or adoption listed,
/// with how it was checked, in <c>docs/glossary.md</c> (section "Sources and their dates"); each rule that depends on one
/// keeps its thresholds as a dated parameter, so a later version is a new entry, never an edit.
/// </remarks>
public static class Sources
{
    /// <summary>Gets the party constitution as amended by the 19th National Congress on 2017-10-24 (党章, 2017年修正).</summary>
    public static CitationSource PartyConstitution2017 { get; } = new(
        "party-constitution-2017",
        new LocalizedText("《中国共产党章程》（2017年修正）", "Constitution of the Communist Party of China (2017 amendment)"),
        CitationSourceKind.PartyConstitution,
        new LocalDate(2017, 10, 24));

    /// <summary>Gets the party constitution as amended by the 20th National Congress on 2022-10-22 (党章, 2022年修正).</summary>
    public static CitationSource PartyConstitution2022 { get; } = new(
        "party-constitution-2022",
        new LocalizedText("《中国共产党章程》（2022年修正）", "Constitution of the Communist Party of China (2022 amendment)"),
        CitationSourceKind.PartyConstitution,
        new LocalDate(2022, 10, 22));

    /// <summary>Gets the branch work regulation, issued 2018-10-28 (《中国共产党支部工作条例（试行）》).</summary>
    public static CitationSource BranchWorkRegulation2018 { get; } = new(
        "branch-regulation-2018",
        new LocalizedText("《中国共产党支部工作条例（试行）》", "Regulation on the Work of Party Branches (Trial), 2018"),
        CitationSourceKind.Regulation,
        new LocalDate(2018, 10, 28));

    /// <summary>Gets the first organ grassroots-organization regulation, issued by the Central Committee on 1998-03-30 (《中国共产党党和国家机关基层组织工作条例》, 1998年).</summary>
    public static CitationSource OrganRegulation1998 { get; } = new(
        "organ-regulation-1998",
        new LocalizedText("《中国共产党党和国家机关基层组织工作条例》（1998年）", "Regulation on the Work of Grassroots Party Organizations in Party and State Organs, 1998"),
        CitationSourceKind.Regulation,
        new LocalDate(1998, 3, 30));

    /// <summary>Gets the organ grassroots-organization regulation as revised and issued on 2010-06-04 (《中国共产党党和国家机关基层组织工作条例》, 2010年修订).</summary>
    public static CitationSource OrganRegulation2010 { get; } = new(
        "organ-regulation-2010",
        new LocalizedText("《中国共产党党和国家机关基层组织工作条例》（2010年修订）", "Regulation on the Work of Grassroots Party Organizations in Party and State Organs, 2010 revision"),
        CitationSourceKind.Regulation,
        new LocalDate(2010, 6, 4));

    /// <summary>
    /// Gets the organ grassroots-organization regulation as revised in 2019 (《中国共产党党和国家机关基层组织工作条例》, 2019年修订),
    /// approved by the Politburo on 2019-11-29 and applied by the library from 2019-12-29 (see <c>docs/glossary.md</c>).
    /// </summary>
    public static CitationSource OrganRegulation2019 { get; } = new(
        "organ-regulation-2019",
        new LocalizedText("《中国共产党党和国家机关基层组织工作条例》（2019年修订）", "Regulation on the Work of Grassroots Party Organizations in Party and State Organs, 2019 revision"),
        CitationSourceKind.Regulation,
        new LocalDate(2019, 12, 29));

    /// <summary>
    /// Gets the party's accountability regulation as revised in 2019 (《中国共产党问责条例》, 2019年修订), in force from
    /// 2019-09-01 (see <c>docs/glossary.md</c>); its 第八条 sets the forms of accountability for party organizations and for
    /// leading cadres.
    /// </summary>
    public static CitationSource AccountabilityRegulation2019 { get; } = new(
        "accountability-regulation-2019",
        new LocalizedText("《中国共产党问责条例》（2019年修订）", "Regulation on Accountability of the Communist Party of China (2019 revision)"),
        CitationSourceKind.Regulation,
        new LocalDate(2019, 9, 1));

    /// <summary>
    /// Gets the library's own rules (本库规则): options and checks the library documents as its own choice because no
    /// regulation or article states them (e.g. at most one tier a year, a branch of over 100 members). A rule citing it
    /// says so in its explanation; its figures are illustrative (示例) until a committee adopts them in its scheme.
    /// </summary>
    public static CitationSource LibraryRules { get; } = new(
        "library-rules",
        new LocalizedText("本库规则", "Library rules"),
        CitationSourceKind.Library) { IsIllustrative = true };

    /// <summary>Gets article 000: Shandong provincial organs, responsibility lists and rectification ledgers (走在前 作表率).</summary>
    public static CitationSource Article000 { get; } = Article(
        "000", "走在前 作表率 切实提高省直机关党的建设质量", "Shandong provincial organs: leading by example in party-building quality", "000_e16ecb55d1064983.txt");

    /// <summary>Gets article 001: interview on Shandong's organ party building and model organs (强化党建引领 聚力改革攻坚).</summary>
    public static CitationSource Article001 { get; } = Article(
        "001", "强化党建引领 聚力改革攻坚", "Shandong working committee interview: party building leading reform", "001_3fa94c5f775c9ea2.txt");

    /// <summary>Gets article 002: Binzhou municipal organs' integrated party building (构建工作"一体化"格局).</summary>
    public static CitationSource Article002 { get; } = Article(
        "002", "构建工作“一体化”格局 提升党建科学化水平", "Binzhou municipal organs: an integrated pattern of party-building work", "002_3d274b2eb4d4736e.txt");

    /// <summary>Gets article 003: Pingdingshan municipal organs building model organs (突出政治引领 营造三个氛围).</summary>
    public static CitationSource Article003 { get; } = Article(
        "003", "突出政治引领 营造三个氛围 努力建设新时代模范机关", "Pingdingshan municipal organs: building model organs for the new era", "003_abfdaf3ed68f7e40.txt");

    /// <summary>Gets article 004: Gansu provincial organs, five years of high-quality organ party building (2019–2024).</summary>
    public static CitationSource Article004 { get; } = Article(
        "004", "坚决走好践行“两个维护”第一方阵 奋力谱写新时代机关党建高质量发展甘肃篇章", "Gansu provincial organs: five years of high-quality organ party building", "004_a4571a0bcca6dd98.txt");

    /// <summary>Gets every built-in source, ordered by code.</summary>
    public static ImmutableArray<CitationSource> All { get; } =
    [
        AccountabilityRegulation2019, Article000, Article001, Article002, Article003, Article004,
        BranchWorkRegulation2018, LibraryRules, OrganRegulation1998, OrganRegulation2010, OrganRegulation2019, PartyConstitution2017, PartyConstitution2022,
    ];

    private static CitationSource Article(string number, string zh, string en, string file) =>
        new($"article-{number}", new LocalizedText($"《{zh}》", en), CitationSourceKind.Article, reference: file);
}
