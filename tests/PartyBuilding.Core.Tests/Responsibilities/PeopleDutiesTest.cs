using PartyBuilding.Core.Common;
using PartyBuilding.Core.DoubleReview;
using PartyBuilding.Core.Organizations;
using PartyBuilding.Core.Responsibilities;
using PartyBuilding.Core.Serialization;
using PartyBuilding.Core.Validation;
using static PartyBuilding.Core.Tests.Responsibilities.Fixtures;

namespace PartyBuilding.Core.Tests.Responsibilities;

/// <summary>
/// People's duties (issue 22): a branch secretary's target agreement with its holder (article 000, 17 items, inspected quarterly,
/// reviewed at year end) and leading-group members' contact branches (article 000, 联系点, “六个一”).
/// </summary>
public sealed class PeopleDutiesTest
{
    private static readonly OrganizationId Branch = OrganizationId.Parse("BZ-002-B01");
    private static readonly DutyHolder Secretary = new(MemberId.Parse("BZ-002-B01-M001"), "邓芳娟");

    [Fact]
    public void Article000_SecretaryAgreement_Seed_Has17ItemsHeldByTheBranchSecretary_AndEveryPersonResolves()
    {
        var data = SeedData();

        var agreement = data.Lists.Single(l => l.Kind == ResponsibilityListKind.TargetAgreement);

        agreement.Items.Should().HaveCount(17);
        agreement.Holder.Should().Be(Secretary);
        agreement.Items.Should().Contain(i => i.Due == DueRule.Recurring(RecurrencePeriod.Quarter, 1), "the agreement is inspected every quarter (季度督导检查)");
        ResponsibilityAssessmentEngine.CheckAgainst(data, Registry()).Problems.Should().BeEmpty();
        ResponsibilityCitations.SecretaryAgreement.Clause.Should().Contain("党支部书记落实党建工作目标责任书清单》17条");
    }

    [Fact]
    public void Article000_SecretaryAgreement_HolderWhoIsNotTheSecretaryOnTheSigningDate_IsRefused_NamingTheSecretary()
    {
        var deputy = new DutyHolder(MemberId.Parse("BZ-002-B01-M002"), "曹军萍");

        var problems = ResponsibilityAssessmentEngine.CheckAgainst(Data(Agreement(deputy)), Registry()).Problems;

        var problem = problems.Should().ContainSingle().Subject;
        (problem.ErrorCode, problem.Path, problem.AttemptedValue).Should().Be((ResponsibilitiesErrorCodes.HolderNotSecretary, "Data.Lists[0].Holder.Member", "BZ-002-B01-M002"));
        problem.Message.Should().Contain("2019-01-10").And.Contain("the secretary is BZ-002-B01-M001");
    }

    [Fact]
    public void Article000_SecretaryAgreement_TheSecretaryIsAccepted_AndWithoutSigningDateTheYearsFirstDayIsChecked()
    {
        var signed = Agreement(Secretary);
        var annual = new ResponsibilityList(ListId, Branch, Y2019, ResponsibilityListKind.Annual, new LocalizedText("清单", "List"), [], holder: Secretary);

        ResponsibilityAssessmentEngine.CheckAgainst(Data(signed), Registry()).Problems.Should().BeEmpty();
        annual.HolderCheckedOn().Should().Be(D(2019, 1, 1));
        ResponsibilityAssessmentEngine.CheckAgainst(Data(annual), Registry()).Problems.Should().BeEmpty();
    }

    [Fact]
    public void LibraryRule_Holder_UnknownMember_WrongName_AndUnknownOrganization_AreReportedAtTheirPaths()
    {
        var unknown = Agreement(new DutyHolder(MemberId.Parse("BZ-002-B01-M999"), "无名"));
        var misnamed = Agreement(Secretary with { Name = "邓芳" });
        var phantom = Agreement(Secretary) with { };
        phantom = new ResponsibilityList(ResponsibilityListId.Parse("X"), OrganizationId.Parse("BZ-999"), Y2019, ResponsibilityListKind.TargetAgreement, phantom.Title, [], D(2019, 1, 10), holder: Secretary);

        var problems = ResponsibilityAssessmentEngine.CheckAgainst(new ResponsibilityDataSet(Y2019, [unknown, misnamed, phantom]), Registry()).Problems;

        problems.Select(p => (p.ErrorCode, p.Path)).Should().BeEquivalentTo(new[]
        {
            (ResponsibilitiesErrorCodes.PersonUnknown, "Data.Lists[0].Holder.Member"),
            (ResponsibilitiesErrorCodes.PersonNameMismatch, "Data.Lists[1].Holder.Name"),
            (ResponsibilitiesErrorCodes.OrganizationUnknown, "Data.Lists[2].Owner"),
        });
    }

    [Fact]
    public void LibraryRule_Holder_NeedsAMemberAndAName_InTheDataSetItself()
    {
        var list = Agreement(new DutyHolder(default, " "));

        var problems = ResponsibilityAssessmentEngine.ValidateData(Data(list)).Problems;

        problems.Select(p => (p.ErrorCode, p.Path)).Should().BeEquivalentTo(new[]
        {
            (CommonErrorCodes.IdentifierEmpty, "Lists[0].Holder.Member"),
            (CommonErrorCodes.Required, "Lists[0].Holder.Name"),
        });
    }

    [Fact]
    public void Article000_TargetAgreement_QuarterlyInspection_IsARecurringQuarterItem_AMissedQuarterIsOverdue()
    {
        var list = Agreement(Secretary, Item("T11", ResponsibilityLevel.Implementing, DueRule.Recurring(RecurrencePeriod.Quarter)));
        EvidenceRecord Inspected(int month) => new(ListId, Id("T11"), D(2019, month, 20), "季度督导检查记录");
        var data = new ResponsibilityDataSet(Y2019, [list], [Inspected(3), Inspected(6), Inspected(12)]);

        var item = Evaluate(data, D(2019, 12, 31)).Organizations.Single().Lists.Single().Items.Single();

        item.Occurrences.Select(o => o.Status).Should().Equal(DutyStatus.Done, DutyStatus.Done, DutyStatus.Overdue, DutyStatus.Done);
        item.Status.Should().Be(DutyStatus.Overdue);
    }

    [Fact]
    public void Article000_YearEndReview_ThePersonReviewedForTheOrganizationIsTheHolder()
    {
        var review = new DoubleReviewDataSet(
            OrganizationId.Parse("BZ-WC"),
            Y2019,
            [new ReviewedOrganization(Branch, [MemberId.Parse("BZ-002-B01-M002")], person: new ReviewedPerson(Secretary.Member, Secretary.Name))],
            []);
        var reviewed = review.Organizations.Where(o => o.Person is not null).ToDictionary(o => o.Id, o => o.Person!.Member);

        ResponsibilityAssessmentEngine.CheckYearEndReview(Data(Agreement(Secretary)), review.Year, reviewed).Problems.Should().BeEmpty();

        var other = new Dictionary<OrganizationId, MemberId> { [Branch] = MemberId.Parse("BZ-002-B01-M002") };
        var problem = ResponsibilityAssessmentEngine.CheckYearEndReview(Data(Agreement(Secretary)), Y2019, other).Problems.Should().ContainSingle().Subject;
        (problem.ErrorCode, problem.Path, problem.AttemptedValue).Should().Be((ResponsibilitiesErrorCodes.ReviewPersonNotHolder, "Data.Lists[0].Holder.Member", "BZ-002-B01-M002"));

        var otherYear = () => ResponsibilityAssessmentEngine.CheckYearEndReview(Data(Agreement(Secretary)), AssessmentYear.Create(2018), reviewed);
        otherYear.Should().Throw<ArgumentException>().WithParameterName("reviewYear");
    }

    [Fact]
    public void Article000_ContactBranches_EachTaskIsDoneOrShort_DueUntilTheYearEndsAndOverdueAfter()
    {
        var data = SeedData();

        var atYearEnd = Evaluate(data, D(2019, 12, 31));
        var after = Evaluate(data, D(2020, 1, 15));

        atYearEnd.ContactPoints.Select(c => (c.Member.Member.Value, c.Status)).Should().Equal(
            ("BZ-001-B02-M001", DutyStatus.Done),
            ("BZ-002-B02-M001", DutyStatus.Due),
            ("BZ-003-B02-M001", DutyStatus.Due),
            ("BZ-WC-B01-M003", DutyStatus.Done));
        var lesson = after.ContactPointsOf(MemberId.Parse("BZ-002-B02-M001")).Single().Tasks.Single(t => t.Kind == ContactTaskKind.PartyLesson);
        (lesson.Status, lesson.DoneCount, lesson.RequiredCount, lesson.Shortfall).Should().Be((DutyStatus.Overdue, 0, 1, 1));
        var talk = after.ContactPointsOf(MemberId.Parse("BZ-003-B02-M001")).Single().Tasks.Single(t => t.Kind == ContactTaskKind.HeartToHeartTalk);
        (talk.Status, talk.DoneCount, talk.Shortfall).Should().Be((DutyStatus.Overdue, 1, 1));
        talk.Explanation.Note!.ZhCn.Should().Be("应完成2次，已完成1次：年度结束仍差1次，已逾期");
        talk.Explanation.Citation.Should().Be(ResponsibilityCitations.ContactBranches);
    }

    [Fact]
    public void Article000_ContactBranches_ATaskDatedAfterTheAsOfDate_DoesNotCountYet()
    {
        var contact = Contact(Leader, OrganizationId.Parse("BZ-001-B03"), new ContactTask(ContactTaskKind.Research, [D(2019, 6, 1)]));

        var before = Evaluate(new ResponsibilityDataSet(Y2019, [], contactPoints: [contact]), D(2019, 5, 31)).ContactPoints.Single();
        var on = Evaluate(new ResponsibilityDataSet(Y2019, [], contactPoints: [contact]), D(2019, 6, 1)).ContactPoints.Single();

        (before.Status, before.Tasks[0].DoneCount).Should().Be((DutyStatus.Due, 0));
        (on.Status, on.Tasks[0].DoneCount).Should().Be((DutyStatus.Done, 1));
        on.Explanation.ToText(DisplayLanguage.English).Should().Contain("Contact branch: 郭红 (BZ-001-B02-M001, leading group of BZ-001) at BZ-001-B03")
            .And.Contain("1 of 1 required: done");
        on.Explanation.ToText().Should().Contain("联系点：郭红（BZ-001-B02-M001，BZ-001班子成员）联系BZ-001-B03").And.Contain("联系点任务：调查研究");
    }

    [Fact]
    public void Article000_ContactBranches_EachMemberChoosesOneBranch_ASecondIsRefused()
    {
        var first = Contact(Leader, OrganizationId.Parse("BZ-001-B03"), new ContactTask(ContactTaskKind.Research));
        var second = Contact(Leader, OrganizationId.Parse("BZ-001-B01"), new ContactTask(ContactTaskKind.Research));

        var problem = ResponsibilityAssessmentEngine.ValidateData(new ResponsibilityDataSet(Y2019, [], contactPoints: [first, second])).Problems.Should().ContainSingle().Subject;

        (problem.ErrorCode, problem.Path).Should().Be((ResponsibilitiesErrorCodes.ContactSecondBranch, "ContactPoints[1].Member.Member"));
    }

    [Fact]
    public void Article000_ContactBranches_TheArticleNamesThreeTasks_AnOtherTaskNeedsAName_AndEachTaskIsListedOnce()
    {
        var named = new LocalizedText("示例任务", "Illustrative task");
        var contact = Contact(
            Leader,
            OrganizationId.Parse("BZ-001-B03"),
            new ContactTask(ContactTaskKind.Other),
            new ContactTask(ContactTaskKind.Research, requiredCount: 0),
            new ContactTask(ContactTaskKind.Research),
            new ContactTask(ContactTaskKind.Other, [D(2020, 1, 2)], name: named),
            new ContactTask(ContactTaskKind.Other, name: named));

        var problems = ResponsibilityAssessmentEngine.ValidateData(new ResponsibilityDataSet(Y2019, [], contactPoints: [contact])).Problems;

        problems.Select(p => (p.ErrorCode, p.Path)).Should().BeEquivalentTo(new[]
        {
            (ResponsibilitiesErrorCodes.ContactTaskShape, "ContactPoints[0].Tasks[0].Name"),
            (ResponsibilitiesErrorCodes.ContactTaskShape, "ContactPoints[0].Tasks[1].RequiredCount"),
            (ResponsibilitiesErrorCodes.ContactTaskTwice, "ContactPoints[0].Tasks[2].Kind"),
            (ResponsibilitiesErrorCodes.ContactDateOutsideYear, "ContactPoints[0].Tasks[3]"),
            (ResponsibilitiesErrorCodes.ContactTaskTwice, "ContactPoints[0].Tasks[4].Kind"),
        });
    }

    [Fact]
    public void LibraryRule_ContactBranches_OfAnotherYear_OrChosenOutsideTheYear_AreRefused()
    {
        var contact = new ContactPoint(Leader, OrganizationId.Parse("BZ-001"), AssessmentYear.Create(2018), OrganizationId.Parse("BZ-001-B03"), [], D(2019, 2, 1));

        var problems = ResponsibilityAssessmentEngine.ValidateData(new ResponsibilityDataSet(Y2019, [], contactPoints: [contact])).Problems;

        problems.Select(p => (p.ErrorCode, p.Path)).Should().BeEquivalentTo(new[]
        {
            (ResponsibilitiesErrorCodes.ContactDateOutsideYear, "ContactPoints[0].ChosenOn"),
            (ResponsibilitiesErrorCodes.ContactYear, "ContactPoints[0]"),
        });
    }

    [Fact]
    public void Article000_ContactBranches_TheBranchMustLieUnderTheMembersOrganization()
    {
        var elsewhere = Contact(Leader, Branch, new ContactTask(ContactTaskKind.Research));
        var notABranch = Contact(Leader, OrganizationId.Parse("BZ-001"), new ContactTask(ContactTaskKind.Research));

        var problems = ResponsibilityAssessmentEngine.CheckAgainst(new ResponsibilityDataSet(Y2019, [], contactPoints: [elsewhere, notABranch]), Registry()).Problems;

        problems.Select(p => (p.ErrorCode, p.Path, p.AttemptedValue)).Should().BeEquivalentTo(new[]
        {
            (ResponsibilitiesErrorCodes.ContactBranchNotUnder, "Data.ContactPoints[0].Branch", "BZ-002-B01"),
            (ResponsibilitiesErrorCodes.ContactBranchNotUnder, "Data.ContactPoints[1].Branch", "BZ-001"),
        });
    }

    [Fact]
    public void LibraryRule_ContactBranches_TheLeadingGroupIsTheSecretaryDeputiesAndLeadingGroupMembers_AnOrdinaryMemberIsRefused()
    {
        var secretary = Contact(new DutyHolder(MemberId.Parse("BZ-001-B01-M001"), "徐国娟"), OrganizationId.Parse("BZ-001-B03"));
        var deputy = Contact(new DutyHolder(MemberId.Parse("BZ-001-B01-M002"), "孙健萍"), OrganizationId.Parse("BZ-001-B03"));
        var cadre = Contact(new DutyHolder(MemberId.Parse("BZ-001-B02-M002"), "何斌娟"), OrganizationId.Parse("BZ-001-B03"));

        var problems = ResponsibilityAssessmentEngine.CheckAgainst(new ResponsibilityDataSet(Y2019, [], contactPoints: [secretary, deputy, cadre]), Registry()).Problems;

        var problem = problems.Should().ContainSingle().Subject;
        (problem.ErrorCode, problem.Path).Should().Be((ResponsibilitiesErrorCodes.ContactNotLeadingGroup, "Data.ContactPoints[2].Member.Member"));
        ResponsibilityCitations.LeadingGroupRoles.Source.Should().Be(Sources.LibraryRules);
    }

    [Fact]
    public void Article000_ContactBranches_Citation_QuotesTheArticle()
    {
        // The passage as it stands in 000_e16ecb55d1064983.txt (山东黄河河务局, 《领导班子成员党建工作联系点制度》).
        ResponsibilityCitations.ContactBranches.Should().Be(Sources.Article000.At("每位班子成员选择一个基层支部作为联系点，通过开展一次调查研究、进行一次谈心谈话、讲一次党课等“六个一”任务"));
        ResponsibilitiesLabels.ContactTaskKinds[ContactTaskKind.Research].ZhCn.Should().Be("调查研究");
        ResponsibilitiesLabels.ContactTaskKinds[ContactTaskKind.HeartToHeartTalk].ZhCn.Should().Be("谈心谈话");
        ResponsibilitiesLabels.ContactTaskKinds[ContactTaskKind.PartyLesson].ZhCn.Should().Be("讲党课");
    }

    [Fact]
    public void Seed_DataSetWithHolderAndContactBranches_RoundTripsThroughJson()
    {
        var data = SeedData();

        var back = PartyBuildingJson.Deserialize<ResponsibilityDataSet>(PartyBuildingJson.Serialize(data));

        back.Should().Be(data);
        back.ContactPoints.Should().HaveCount(4);
    }

    private static readonly DutyHolder Leader = new(MemberId.Parse("BZ-001-B02-M001"), "郭红");

    private static ContactPoint Contact(DutyHolder member, OrganizationId branch, params ContactTask[] tasks) =>
        new(member, OrganizationId.Parse("BZ-001"), Y2019, branch, [.. tasks]);

    private static ResponsibilityList Agreement(DutyHolder holder, params ResponsibilityItem[] items) =>
        new(ListId, Branch, Y2019, ResponsibilityListKind.TargetAgreement, new LocalizedText("目标责任书", "Target agreement"), [.. items], D(2019, 1, 10), holder: holder);

    private static ResponsibilityDataSet Data(ResponsibilityList list) => new(Y2019, [list]);

    private static ResponsibilityDataSet SeedData() => SeedDocuments.Read<ResponsibilityDataSet>("responsibilities", "binzhou-2019-data-set.json");

    private static OrganizationRegistry Registry() => OrganizationRegistry.Create(SeedDocuments.Read<OrganizationSnapshot>("organizations", "binzhou-snapshot.json"));

    private static ResponsibilityAssessment Evaluate(ResponsibilityDataSet data, LocalDate asOf) =>
        ResponsibilityAssessmentEngine.Evaluate(data, SeedDocuments.Read<ResponsibilityScheme>("responsibilities", "shandong-scheme.json"), asOf);
}
