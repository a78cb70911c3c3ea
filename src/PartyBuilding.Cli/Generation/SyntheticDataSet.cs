using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json.Nodes;
using NodaTime;
using PartyBuilding.Core.Assessment;
using PartyBuilding.Core.Common;
using PartyBuilding.Core.DoubleReview;
using PartyBuilding.Core.Evaluation;
using PartyBuilding.Core.MemberPoints;
using PartyBuilding.Core.Organizations;
using PartyBuilding.Core.Serialization;
using PartyBuilding.Core.Standardization;

namespace PartyBuilding.Cli.Generation;

/// <summary>
/// Builds a synthetic annual-evaluation data set of a given shape: the organization snapshot, the double-review
/// scheme and data set (ballots of both rounds), the branch standardization of every branch against the full catalogue
/// (the assessed year and the two before it, so that branches climb the tiers), a year of member points (monthly
/// declarations, their audits, quarterly mass reviews, under the generator's own illustrative grading thresholds and
/// quota: <see cref="SyntheticMemberPoints.Scheme"/>), a year of organizational-life records and their scheme
/// (<see cref="SyntheticOrganizationalLife"/>), the assessment scheme (double
/// review, standardization, member points, routine work, key work) and the given routine/key-work inputs, plus the
/// <c>evaluation-manifest</c> listing them. <see cref="BuildEvaluation"/> returns the library's typed inputs in memory
/// (what the benchmarks run on); <see cref="Build"/> writes them with <see cref="PartyBuildingJson.Serialize{T}(T)"/>.
/// The large documents (standardization, member points) are built as typed records directly; the small ones are composed
/// as JSON and read through the library's types, so all their validation applies.
/// Deterministic: the only randomness is <see cref="Random"/> seeded with the given seed; no clock is read.
/// </summary>
internal sealed class SyntheticDataSet
{
    /// <summary>The assessed year.</summary>
    public const int Year = 2018;

    private const string Committee = "WC";

    private static readonly string[] Surnames = ["王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "马", "朱", "胡"];
    private static readonly string[] GivenNames = ["伟", "芳", "娜", "敏", "静", "磊", "洋", "勇", "军", "杰", "涛", "明", "超", "霞", "平", "刚"];
    private static readonly string[] Comments =
    [
        "书记抓党建责任落实到位，组织生活规范",
        "党建与业务融合较好，理论学习需更有针对性",
        "基层组织建设扎实，台账资料还需规范",
        "作风建设成效明显，党员教育管理有新举措",
    ];

    private readonly SyntheticShape shape;
    private readonly Random random;
    private readonly Action<string> progress;
    private readonly DisplayLanguage language;
    private readonly SyntheticSchemes schemes;
    private readonly List<SyntheticDepartment> departments = [];

    /// <summary>Creates a generator.</summary>
    /// <param name="shape">The size of the data set.</param>
    /// <param name="seed">The random seed.</param>
    /// <param name="progress">Receives progress lines.</param>
    /// <param name="schemes">The standardization and member-points schemes; <see cref="SyntheticSchemes.Bundled"/> when <see langword="null"/>.</param>
    /// <param name="language">The language of the progress lines (English by default).</param>
    public SyntheticDataSet(SyntheticShape shape, int seed, Action<string> progress, SyntheticSchemes? schemes = null, DisplayLanguage language = DisplayLanguage.English)
    {
        this.shape = shape;
        random = new Random(seed);
        this.progress = progress;
        this.language = language;
        this.schemes = schemes ?? SyntheticSchemes.Bundled;
    }

    /// <summary>The file names the generator writes, the manifest last.</summary>
    public static IReadOnlyList<string> FileNames { get; } =
    [
        "organization-snapshot.json", "double-review-scheme.json", "double-review-data.json", "assessment-scheme.json", "given-inputs.json",
        "standardization-catalogue.json", "standardization-tiers.json", "standardization-data.json", "member-points-scheme.json", "member-points-data.json",
        "organizational-life-scheme.json", "organizational-life-records.json", "manifest.json",
    ];

    /// <summary>Gets the evaluation date of every generated data set: 15 January of the following year.</summary>
    public static LocalDate AsOf { get; } = new(Year + 1, 1, 15);

    private string CommitteeId => $"{shape.Prefix}-{Committee}";

    /// <summary>Builds every document as the library's typed records, in memory.</summary>
    /// <returns>The inputs of <see cref="AnnualEvaluation.Run(AnnualEvaluationInputs, LocalDate, CancellationToken)"/>, the evaluation date and the manifest that lists the documents under <see cref="FileNames"/>.</returns>
    public SyntheticEvaluation BuildEvaluation()
    {
        var snapshot = Read<OrganizationSnapshot>(Snapshot(), "organization-snapshot");
        progress(CliMessages.GeneratedSnapshot(departments.Count, departments.Sum(d => d.Branches.Count), departments.Sum(d => d.Branches.Sum(b => b.Members.Count))).In(language));
        var data = Read<DoubleReviewDataSet>(DoubleReviewData(out var ballots), "double-review-data-set");
        progress(CliMessages.GeneratedDoubleReview(ballots).In(language));
        var given = Read<AssessmentDataSet>(GivenInputs(), "assessment-data-set");
        progress(CliMessages.GeneratedGivenInputs.In(language));
        var committee = OrganizationId.Parse(CommitteeId);
        var standardization = SyntheticStandardization.Build(random, departments, committee, schemes.Catalogue, Year);
        progress(CliMessages.GeneratedStandardization(standardization.Assessments.Length, SyntheticStandardization.Years, schemes.Catalogue.AllIndicators().Length).In(language));
        var pointsScheme = SyntheticMemberPoints.Scheme(schemes.MemberPoints, Year);
        var points = SyntheticMemberPoints.Build(random, departments, committee, pointsScheme, Year);
        progress(CliMessages.GeneratedMemberPoints(points.Declarations.Length, points.Audits.Length, points.MassReviews.Length).In(language));
        var life = SyntheticOrganizationalLife.Build(random, departments, committee, Year);
        progress(CliMessages.GeneratedOrganizationalLife(life.Meetings.Length, life.Meetings.Sum(m => m.Attendees.Length + m.Absentees.Length), life.Dues.Length).In(language));
        var manifest = Read<EvaluationManifest>(Manifest(), "evaluation-manifest");
        var inputs = new AnnualEvaluationInputs(
            committee,
            manifest.Year,
            snapshot,
            Read<AssessmentScheme>(AssessmentScheme(), "assessment-scheme"),
            manifest.Components!,
            DoubleReviewScheme: Read<DoubleReviewScheme>(DoubleReviewScheme(), "double-review-scheme"),
            DoubleReviewData: data,
            StandardizationCatalogue: schemes.Catalogue,
            StandardizationTiers: schemes.Tiers,
            StandardizationData: standardization,
            MemberPointsScheme: pointsScheme,
            MemberPointsData: points,
            GivenInputs: given,
            OrganizationalLifeRecords: life,
            OrganizationalLifeScheme: SyntheticOrganizationalLife.Scheme(committee, Year),
            Incomplete: manifest.Incomplete);
        return new SyntheticEvaluation(inputs, manifest.AsOf, manifest);
    }

    /// <summary>Builds every document and returns them by file name (the manifest last).</summary>
    /// <returns>The file names and their text.</returns>
    public IReadOnlyList<KeyValuePair<string, string>> Build() => Serialize(BuildEvaluation());

    /// <summary>Writes a generated evaluation's documents as JSON text, by file name (the manifest last).</summary>
    /// <param name="evaluation">The evaluation.</param>
    /// <returns>The file names and their text.</returns>
    public static IReadOnlyList<KeyValuePair<string, string>> Serialize(SyntheticEvaluation evaluation) =>
        [.. Documents(evaluation).Select(d => new KeyValuePair<string, string>(d.Key, Text(d.Value)))];

    /// <summary>
    /// Gets a generated evaluation's documents by file name (the manifest last), each as the writing of its JSON text to a
    /// stream: a province several times over has documents of a gigabyte, which are written as UTF-8 without ever being
    /// held as one string.
    /// </summary>
    /// <param name="evaluation">The evaluation.</param>
    /// <param name="splitByMonth">
    /// Whether to write the member-points data set and the records of organizational life as one document per month
    /// (<see cref="MonthlyParts"/>), listed under the manifest's <see cref="EvaluationDocuments.Parts"/>.
    /// </param>
    /// <returns>The file names and how to write each document.</returns>
    public static IReadOnlyList<KeyValuePair<string, Action<Stream>>> Documents(SyntheticEvaluation evaluation, bool splitByMonth = false)
    {
        ArgumentNullException.ThrowIfNull(evaluation);
        var (inputs, _, manifest) = evaluation;
        List<KeyValuePair<string, Action<Stream>>> documents =
        [
            new(FileNames[0], Writer(inputs.Organizations)),
            new(FileNames[1], Writer(inputs.DoubleReviewScheme!)),
            new(FileNames[2], Writer(inputs.DoubleReviewData!)),
            new(FileNames[3], Writer(inputs.Scheme)),
            new(FileNames[4], Writer(inputs.GivenInputs!)),
            new(FileNames[5], Writer(inputs.StandardizationCatalogue!)),
            new(FileNames[6], Writer(inputs.StandardizationTiers!)),
            new(FileNames[7], Writer(inputs.StandardizationData!)),
            new(FileNames[8], Writer(inputs.MemberPointsScheme!)),
        ];
        if (!splitByMonth)
        {
            documents.Add(new(FileNames[9], Writer(inputs.MemberPointsData!)));
            documents.Add(new(FileNames[10], Writer(inputs.OrganizationalLifeScheme!)));
            documents.Add(new(FileNames[11], Writer(inputs.OrganizationalLifeRecords!)));
            documents.Add(new(FileNames[12], Writer(manifest)));
            return documents;
        }

        var (points, pointsParts) = MonthlyParts.Split(inputs.MemberPointsData!);
        var (life, lifeParts) = MonthlyParts.Split(inputs.OrganizationalLifeRecords!);
        var year = manifest.Year.Value;
        documents.Add(new(FileNames[9], Writer(points)));
        documents.AddRange(pointsParts.Select(p => new KeyValuePair<string, Action<Stream>>(MonthlyParts.FileName(FileNames[9], year, p.Month), Writer(p.Part))));
        documents.Add(new(FileNames[10], Writer(inputs.OrganizationalLifeScheme!)));
        documents.Add(new(FileNames[11], Writer(life)));
        documents.AddRange(lifeParts.Select(p => new KeyValuePair<string, Action<Stream>>(MonthlyParts.FileName(FileNames[11], year, p.Month), Writer(p.Part))));
        ValueDictionary<ValueArray<string>> parts = ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal,
        [
            new KeyValuePair<string, ValueArray<string>>("memberPointsData", [.. pointsParts.Select(p => MonthlyParts.FileName(FileNames[9], year, p.Month))]),
            new KeyValuePair<string, ValueArray<string>>("organizationalLifeRecords", [.. lifeParts.Select(p => MonthlyParts.FileName(FileNames[11], year, p.Month))]),
        ]);
        documents.Add(new(FileNames[12], Writer(manifest with { Documents = manifest.Documents with { Parts = parts } })));
        return documents;
    }

    private static Action<Stream> Writer<T>(T document)
        where T : class, IDocumentContent => stream =>
        {
            PartyBuildingJson.Serialize(stream, document);
            stream.WriteByte((byte)'\n');
        };

    private static string Text(Action<Stream> write)
    {
        using var text = new MemoryStream();
        write(text);
        return System.Text.Encoding.UTF8.GetString(text.GetBuffer(), 0, (int)text.Length);
    }

    private static T Read<T>(JsonObject content, string kind)
        where T : class, IDocumentContent
    {
        var envelope = new JsonObject { ["schemaVersion"] = PartyBuildingJson.SchemaVersion, ["kind"] = kind, ["content"] = content };
        return PartyBuildingJson.Deserialize<T>(envelope.ToJsonString());
    }

    private static JsonObject Text(string zh, string en) => new() { ["zhCn"] = zh, ["english"] = en };

    private static string Number(int value, int width) => value.ToString("D" + width.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);

    private string District(int index) => "D" + (1 + (index * shape.Districts / shape.Departments)).ToString(CultureInfo.InvariantCulture);

    private string PersonName() => Surnames[random.Next(Surnames.Length)] + GivenNames[random.Next(GivenNames.Length)] + (random.Next(2) == 0 ? string.Empty : GivenNames[random.Next(GivenNames.Length)]);

    private JsonObject Snapshot()
    {
        var organizations = new JsonArray();
        var members = new JsonArray();
        var roles = new JsonArray();
        var committeeBranch = CommitteeId + "-B01";
        organizations.Add(new JsonObject { ["id"] = CommitteeId, ["kind"] = "WorkingCommittee", ["name"] = shape.Name == "province" ? "省直机关工委" : "市直机关工委", ["establishedOn"] = "2010-01-01", ["hasCommittee"] = true, ["organStaffCount"] = 20 });
        organizations.Add(new JsonObject { ["id"] = committeeBranch, ["kind"] = "Branch", ["name"] = "机关工委机关党支部", ["parentId"] = CommitteeId, ["establishedOn"] = "2010-01-01", ["lastElectedOn"] = "2017-12-15", ["hasCommittee"] = true });
        var staff = new List<string>();
        for (var i = 1; i <= 12; i++)
        {
            var id = $"{committeeBranch}-M{Number(i, 3)}";
            staff.Add(id);
            members.Add(Member(id, committeeBranch, probationary: false, out _));
        }

        roles.Add(new JsonObject { ["organizationId"] = committeeBranch, ["memberId"] = staff[0], ["role"] = "Secretary", ["since"] = "2018-01-01" });
        var width = Math.Max(3, shape.Departments.ToString(CultureInfo.InvariantCulture).Length);
        for (var n = 1; n <= shape.Departments; n++)
        {
            var id = $"{shape.Prefix}-{Number(n, width)}";
            var department = new SyntheticDepartment(id, District(n - 1), random.NextDouble());
            departments.Add(department);
            var branchCount = random.Next(shape.MinBranches, shape.MaxBranches + 1);
            var branchWidth = Math.Max(2, shape.MaxBranches.ToString(CultureInfo.InvariantCulture).Length);
            var total = 0;
            var branchNodes = new JsonArray();
            for (var b = 1; b <= branchCount; b++)
            {
                var branchId = $"{id}-B{Number(b, branchWidth)}";
                var size = random.Next(shape.MinMembers, shape.MaxMembers + 1);
                var branch = new SyntheticBranch(branchId);
                department.Branches.Add(branch);
                branchNodes.Add(new JsonObject { ["id"] = branchId, ["kind"] = "Branch", ["name"] = $"第{b}党支部", ["parentId"] = id, ["establishedOn"] = "2012-03-01", ["lastElectedOn"] = "2017-03-15", ["hasCommittee"] = size >= 7 });
                for (var m = 1; m <= size; m++)
                {
                    var memberId = $"{branchId}-M{Number(m, 3)}";
                    var probationary = random.Next(20) == 0;
                    members.Add(Member(memberId, branchId, probationary, out var member));
                    branch.Members.Add(member);
                    if (!probationary)
                    {
                        department.Electorate.Add(memberId);
                    }
                }

                roles.Add(new JsonObject { ["organizationId"] = branchId, ["memberId"] = branch.Members[0].Id, ["role"] = "Secretary", ["since"] = "2018-01-01" });
                total += size;
            }

            organizations.Add(new JsonObject { ["id"] = id, ["kind"] = "OrganPartyCommittee", ["name"] = $"{(shape.Name == "province" ? "省" : "市")}直第{n}单位机关党委", ["parentId"] = CommitteeId, ["districtId"] = department.District, ["establishedOn"] = "2012-03-01", ["lastElectedOn"] = "2016-06-20", ["hasCommittee"] = true, ["organStaffCount"] = total + total / 3 });
            foreach (var node in branchNodes.ToArray())
            {
                branchNodes.Remove(node);
                organizations.Add(node);
            }
        }

        var districts = new JsonArray();
        for (var d = 1; d <= shape.Districts; d++)
        {
            districts.Add(new JsonObject
            {
                ["id"] = "D" + d.ToString(CultureInfo.InvariantCulture),
                ["name"] = $"第{d}责任区",
                ["committeeId"] = CommitteeId,
                ["leaderId"] = staff[d % staff.Count],
                ["supervisionGroup"] = new JsonArray(staff[(d + 5) % staff.Count], staff[(d + 6) % staff.Count]),
            });
        }

        return new JsonObject { ["asOf"] = $"{Year + 1}-01-01", ["organizations"] = organizations, ["members"] = members, ["roles"] = roles, ["districts"] = districts };
    }

    private JsonObject Member(string id, string branchId, bool probationary, out SyntheticMember generated)
    {
        var member = new JsonObject { ["id"] = id, ["name"] = PersonName(), ["branchId"] = branchId, ["status"] = probationary ? "Probationary" : "Full" };
        if (probationary)
        {
            member["joinedOn"] = $"{Year}-07-01";
            generated = new SyntheticMember(id, new LocalDate(Year, 7, 1), null);
        }
        else
        {
            var joined = random.Next(1980, Year - 1);
            member["joinedOn"] = $"{joined}-07-01";
            member["fullSince"] = $"{joined + 1}-07-01";
            generated = new SyntheticMember(id, new LocalDate(joined, 7, 1), new LocalDate(joined + 1, 7, 1));
        }

        return member;
    }

    private string PickGrade(double quality)
    {
        var r = random.NextDouble();
        return r < 0.35 + (0.55 * quality) ? "Good" : r < 0.80 + (0.15 * quality) ? "FairlyGood" : r < 0.97 ? "Average" : "Poor";
    }

    private int Points(double quality, int spread) =>
        Math.Clamp((int)Math.Round(78 + (18 * quality) + ((random.NextDouble() * 2) - 1) * spread), 60, 100);

    private JsonObject DoubleReviewData(out int count)
    {
        // The raters are people of the registry: the committee's leaders and members are members of its organ branch.
        var leaders = Enumerable.Range(1, 3).Select(i => $"{CommitteeId}-B01-M{Number(i, 3)}").ToArray();
        var committee = Enumerable.Range(4, 7).Select(i => $"{CommitteeId}-B01-M{Number(i, 3)}").ToArray();
        var organizations = new JsonArray();
        var ballots = new JsonArray();
        var byDistrict = departments.ToLookup(d => d.District);
        foreach (var department in departments)
        {
            // The members' round: every full member of the organization (a probationary member has no vote), at least 85% voting.
            var electorate = department.Electorate.ToArray();
            organizations.Add(new JsonObject { ["id"] = department.Id, ["electorate"] = new JsonArray(electorate.Select(e => (JsonNode?)e).ToArray()), ["district"] = department.District });
            var cast = random.Next((int)Math.Ceiling(electorate.Length * 0.85), electorate.Length + 1);
            foreach (var member in electorate.Take(cast))
            {
                ballots.Add(new JsonObject { ["group"] = "Members", ["subject"] = department.Id, ["rater"] = member, ["grade"] = PickGrade(department.Quality), ["collectedBy"] = department.District });
            }

            foreach (var leader in leaders)
            {
                ballots.Add(new JsonObject { ["group"] = "CommitteeLeaders", ["subject"] = department.Id, ["rater"] = leader, ["points"] = Points(department.Quality, 4), ["comment"] = Comments[random.Next(Comments.Length)] });
            }

            foreach (var peer in byDistrict[department.District].Where(p => p.Id != department.Id))
            {
                ballots.Add(new JsonObject { ["group"] = "PeerOrganizations", ["subject"] = department.Id, ["raterOrganization"] = peer.Id, ["points"] = Points(department.Quality, 8) });
            }

            foreach (var member in committee)
            {
                ballots.Add(new JsonObject { ["group"] = "CommitteeMembers", ["subject"] = department.Id, ["rater"] = member, ["points"] = Points(department.Quality, 5) });
            }
        }

        count = ballots.Count;
        return new JsonObject
        {
            ["committee"] = CommitteeId,
            ["year"] = Year,
            ["organizations"] = organizations,
            ["ballots"] = ballots,
            ["committeeLeaders"] = new JsonArray(leaders.Select(l => (JsonNode?)l).ToArray()),
            ["committeeMembers"] = new JsonArray(committee.Select(m => (JsonNode?)m).ToArray()),
        };
    }

    private static JsonObject Group(string group, decimal weight, JsonObject scale, JsonObject aggregation, decimal? quorum)
    {
        var node = new JsonObject { ["group"] = group, ["weight"] = weight, ["scale"] = scale, ["aggregation"] = aggregation };
        if (quorum is { } q)
        {
            node["quorum"] = q;
        }

        return node;
    }

    private static JsonObject PointsScale() => new() { ["kind"] = "Points", ["minimumPoints"] = 0, ["maximumPoints"] = 100 };

    private static JsonObject GradeScale(string grade, int score) => new() { ["grade"] = grade, ["score"] = score };

    private static JsonObject Band(string grade, int minimum) => new() { ["grade"] = grade, ["minimumScore"] = minimum };

    private static JsonObject DoubleReviewScheme() => new()
    {
        ["name"] = "synthetic-" + Year.ToString(CultureInfo.InvariantCulture),
        ["effectiveFrom"] = $"{Year}-01-01",
        ["cadence"] = "Annual",
        ["groups"] = new JsonArray(
            Group("Members", 0.4m, new JsonObject { ["kind"] = "Grades", ["gradeScores"] = new JsonArray(GradeScale("Good", 100), GradeScale("FairlyGood", 85), GradeScale("Average", 70), GradeScale("Poor", 50)) }, new JsonObject { ["name"] = "trimmed-mean", ["parameters"] = new JsonObject { ["share"] = "0.1" } }, 0.8m),
            Group("CommitteeLeaders", 0.2m, PointsScale(), new JsonObject { ["name"] = "weighted-mean" }, null),
            Group("PeerOrganizations", 0.2m, PointsScale(), new JsonObject { ["name"] = "trimmed-mean", ["parameters"] = new JsonObject { ["count"] = "1" } }, 0.5m),
            Group("CommitteeMembers", 0.2m, PointsScale(), new JsonObject { ["name"] = "median" }, null)),
        ["combination"] = new JsonObject { ["name"] = "weighted-mean" },
        ["gradeBands"] = new JsonArray(Band("Good", 90), Band("FairlyGood", 80), Band("Average", 60), Band("Poor", 0)),
        ["annualProportion"] = 0.4m, // the weight of DR in the assessment scheme below: one source of truth
        ["peerScope"] = "SameDistrict",
        ["roundingScale"] = 2,
    };

    private static JsonObject Dated(object value) => new() { ["effectiveFrom"] = $"{Year}-01-01", ["value"] = JsonValue.Create(value) };

    // A strategy in force from the start of the year: a dated StrategySpec.
    private static JsonObject Strategy(string name, params (string Name, string Value)[] parameters)
    {
        var values = new JsonObject();
        foreach (var (key, value) in parameters)
        {
            values[key] = value;
        }

        return new() { ["effectiveFrom"] = $"{Year}-01-01", ["value"] = new JsonObject { ["name"] = name, ["parameters"] = values } };
    }

    private static JsonObject Component(string id, string zh, string en, string kind, string nature, decimal weight) =>
        new() { ["id"] = id, ["label"] = Text(zh, en), ["kind"] = kind, ["nature"] = nature, ["weights"] = new JsonArray(Dated(weight)) };

    private static JsonObject Factor(string id, string zh, string en, int cap) => new() { ["id"] = id, ["label"] = Text(zh, en), ["cap"] = cap };

    private JsonObject AssessmentScheme() => new()
    {
        ["committeeId"] = CommitteeId,
        ["year"] = Year,
        ["title"] = Text($"机关党建年度目标考核办法（{Year}年度，合成数据）", $"Party-building annual target assessment ({Year}, synthetic)"),
        ["effectiveFrom"] = $"{Year}-01-01",
        ["components"] = new JsonArray(
            Component("DR", "双述双评", "Double report, double review", "DoubleReview", "Quantitative", 0.4m),
            Component("STD", "党支部标准化建设", "Branch standardization", "Standardization", "Quantitative", 0.2m),
            Component("PTS", "党员积分管理", "Member points", "MemberPoints", "Quantitative", 0.1m),
            Component("ROUTINE", "日常工作", "Routine work", "RoutineWork", "Qualitative", 0.1m),
            Component("KEY", "重点工作", "Key work", "KeyWork", "Quantitative", 0.2m)),
        ["qualitativeScores"] = new JsonArray(GradeScale("Good", 95), GradeScale("FairlyGood", 85), GradeScale("Average", 75), GradeScale("Poor", 60)),
        ["bonuses"] = new JsonArray(Factor("AWARD", "上级表彰", "Commendation by a higher level", 3), Factor("INNOV", "经验做法被推广", "Practice promoted by a higher level", 2)),
        ["bonusCaps"] = new JsonArray(Dated(5)),
        ["deductions"] = new JsonArray(Factor("LATE", "材料报送不及时", "Late submissions", 3), Factor("INSPECT", "督导检查发现问题", "Findings of supervision", 5)),
        ["deductionCaps"] = new JsonArray(Dated(10)),
        ["precedenceRules"] = new JsonArray(new JsonObject { ["id"] = "VETO-DISCIPLINE", ["label"] = Text("发生严重违纪问题", "Serious discipline violation"), ["kind"] = "Veto", ["precedence"] = 1, ["maxBand"] = "Average" }),
        ["banding"] = new JsonArray(Strategy("quota", ("good-share", "0.2"), ("fairly-good-share", "0.5"), ("poor-below", "60"))),
        ["ranking"] = new JsonArray(Strategy("standard-competition", ("tie-breakers", "DR,KEY"))),
        ["publishedScale"] = 2,
    };

    private JsonObject GivenInputs()
    {
        var organizations = new JsonArray();
        var inputs = new JsonArray();
        for (var i = 0; i < departments.Count; i++)
        {
            var department = departments[i];
            var n = i + 1;
            organizations.Add(new JsonObject { ["id"] = department.Id, ["district"] = department.District });
            var q = department.Quality;
            var r = random.NextDouble();
            var grade = r < 0.3 + (0.5 * q) ? "Good" : r < 0.85 ? "FairlyGood" : r < 0.98 ? "Average" : "Poor";
            inputs.Add(new JsonObject { ["organization"] = department.Id, ["component"] = "ROUTINE", ["grade"] = grade });
            var score = Math.Round((decimal)(70 + (25 * q) + ((random.NextDouble() * 6) - 3)), 1, MidpointRounding.AwayFromZero);
            var key = new JsonObject { ["organization"] = department.Id, ["component"] = "KEY", ["score"] = score };
            var bonuses = new JsonArray();
            if (n % 11 == 0)
            {
                bonuses.Add(new JsonObject { ["factor"] = "AWARD", ["points"] = 2, ["reason"] = "党建品牌获上级表彰" });
            }

            if (n % 17 == 0)
            {
                bonuses.Add(new JsonObject { ["factor"] = "INNOV", ["points"] = 1.5m, ["reason"] = "经验做法被推广" });
            }

            if (bonuses.Count > 0)
            {
                key["bonuses"] = bonuses;
            }

            if (n % 13 == 0)
            {
                key["deductions"] = new JsonArray(new JsonObject { ["factor"] = "LATE", ["points"] = 1, ["reason"] = "年度总结报送逾期" });
            }

            if (n % 44 == 0)
            {
                key["vetoes"] = new JsonArray(new JsonObject { ["rule"] = "VETO-DISCIPLINE", ["reason"] = "班子成员严重违纪" });
            }

            inputs.Add(key);
        }

        return new JsonObject { ["committeeId"] = CommitteeId, ["year"] = Year, ["organizations"] = organizations, ["inputs"] = inputs };
    }

    private JsonObject Manifest() => new()
    {
        ["committee"] = CommitteeId,
        ["year"] = Year,
        ["asOf"] = AsOf.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture),
        ["incomplete"] = "Exclude",
        ["documents"] = new JsonObject
        {
            ["organizationSnapshot"] = FileNames[0],
            ["assessmentScheme"] = FileNames[3],
            ["givenInputs"] = FileNames[4],
            ["doubleReviewScheme"] = FileNames[1],
            ["doubleReviewData"] = FileNames[2],
            ["standardizationCatalogue"] = FileNames[5],
            ["standardizationTiers"] = FileNames[6],
            ["standardizationData"] = FileNames[7],
            ["memberPointsScheme"] = FileNames[8],
            ["memberPointsData"] = FileNames[9],
            ["organizationalLifeScheme"] = FileNames[10],
            ["organizationalLifeRecords"] = FileNames[11],
        },
        ["components"] = new JsonObject { ["doubleReview"] = "DR", ["standardization"] = "STD", ["memberPoints"] = "PTS" },
    };
}
