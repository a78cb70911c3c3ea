using PartyBuilding.Core.Common;
using PartyBuilding.Core.Organizations;
using PartyBuilding.Core.Serialization;
using PartyBuilding.Core.Validation;

namespace PartyBuilding.Core.Tests.Organizations;

/// <summary>The examples of <c>docs/organizations.md</c>, verbatim, so that the documentation is known to work.</summary>
public sealed class OrganizationsDocsExamplesTest
{
    /// <summary>The snapshot of the first example.</summary>
    private static (OrganizationSnapshot Snapshot, OrganizationId Dept, OrganizationId Branch) Example1Snapshot()
    {
        // A snapshot on 1 January 2019: the committee, one department with one branch of three full members.
        var wc = OrganizationId.Parse("BZ-WC");
        var dept = OrganizationId.Parse("BZ-001");
        var branch = OrganizationId.Parse("BZ-001-B01");
        var day = new LocalDate(2019, 1, 1);
        var snapshot = new OrganizationSnapshot(
            day,
            [
                new Organization(wc, OrganizationKind.WorkingCommittee, "滨州市委市直机关工委"),
                new Organization(dept, OrganizationKind.OrganPartyCommittee, "市财政局机关党委", wc, DistrictId.Parse("D1")),
                new Organization(branch, OrganizationKind.Branch, "市财政局第1党支部", dept, LastElectedOn: new LocalDate(2017, 3, 1)),
            ],
            members:
            [
                .. Enumerable.Range(1, 3).Select(i => new PartyMember(
                    MemberId.Parse($"BZ-001-B01-M{i:000}"), $"党员{i}", branch, MembershipStatus.Full, new LocalDate(2000, 7, 1), new LocalDate(2001, 7, 1))),
            ],
            roles: [new RoleAssignment(branch, MemberId.Parse("BZ-001-B01-M001"), PartyRole.Secretary, day)],
            districts: [new ResponsibilityDistrict(DistrictId.Parse("D1"), "第一责任区", wc, MemberId.Parse("BZ-001-B01-M001"))]);
        return (snapshot, dept, branch);
    }

    [Fact]
    public void Example1_BuildAndAskAsOf()
    {
        var (snapshot, dept, branch) = Example1Snapshot();

        // The reform: the department is renamed on 31 May.
        var log = new OrganizationEventLog(
            [new OrganizationRenamed(new LocalDate(2019, 5, 31), dept, "市财政局（国资委）机关党委")]);

        var registry = OrganizationRegistry.Create(snapshot, log);
        var may30 = registry.AsOf(new LocalDate(2019, 5, 30));
        var june1 = registry.AsOf(new LocalDate(2019, 6, 1));

        may30.Get(dept).Name.Should().Be("市财政局机关党委");
        june1.Get(dept).Name.Should().Be("市财政局（国资委）机关党委");
        june1.Path(branch).Select(o => o.Id.Value).Should().Equal("BZ-WC", "BZ-001", "BZ-001-B01");
        june1.DistrictOf(branch)!.Name.Should().Be("第一责任区");
        june1.FullMemberCount(dept).Should().Be(3);
        june1.SecretaryOf(branch).Should().Be(MemberId.Parse("BZ-001-B01-M001"));
    }

    [Fact]
    public void Example2_ContradictoryLogIsRejected()
    {
        var wc = OrganizationId.Parse("WC");
        var snapshot = new OrganizationSnapshot(new LocalDate(2019, 1, 1), [new Organization(wc, OrganizationKind.WorkingCommittee, "工委")]);
        var log = new OrganizationEventLog(
        [
            new OrganizationDissolved(new LocalDate(2019, 6, 1), OrganizationId.Parse("GONE")),
            new OrganizationUnchanged(new LocalDate(2019, 5, 1), wc),
        ]);

        var report = OrganizationsEngine.Validate(snapshot, log, new LocalDate(2019, 12, 31));

        report.Problems.Select(p => $"{p.Path} {p.ErrorCode}").Should().Equal("log.Events[1].Date ORG.EVENT_ORDER");
        var fixedOrder = new OrganizationEventLog([log.Events[1], log.Events[0]]);
        OrganizationsEngine.Validate(snapshot, fixedOrder, new LocalDate(2019, 12, 31)).Problems.Select(p => $"{p.Path} {p.ErrorCode}")
            .Should().Equal("log.Events[1].OrganizationId ORG.ORGANIZATION_UNKNOWN");
    }

    [Fact]
    public void Example3_ComplianceOfTheSeed()
    {
        var snapshot = PartyBuildingJson.Deserialize<OrganizationSnapshot>(File.ReadAllText(SeedTest.SeedPath("binzhou-snapshot.json")));
        var log = PartyBuildingJson.Deserialize<OrganizationEventLog>(File.ReadAllText(SeedTest.SeedPath("binzhou-reform-2019.json")));
        var tree = OrganizationsEngine.Evaluate(snapshot, log, new LocalDate(2019, 12, 31));

        var report = ComplianceChecker.Check(tree);
        var finding = report.For(OrganizationId.Parse("BZ-030-B01")).Single(f => f.Rule == "branch-over-100");

        finding.Measured.Should().Be(105m);
        finding.Threshold.Should().Be(100m);
        finding.Citation.Should().Be(OrganizationRegulations.BranchMemberLimit.Entries[0].Citation);
        finding.Citation!.Source.Should().Be(Sources.LibraryRules);
        finding.Explanation.ToText(DisplayLanguage.English).Should().StartWith("The branch has more than 100 members: 105  [branch-over-100");
    }

    [Fact]
    public void Example4_ReformOfOneRecordPerKind()
    {
        var (snapshot, dept, _) = Example1Snapshot();

        var newBranch = OrganizationId.Parse("BZ-001-B02");
        var reform = new OrganizationEventLog(
        [
            new OrganizationCreated(new LocalDate(2019, 5, 31), newBranch, OrganizationKind.Branch, "市财政局第2党支部", ParentId: dept),
            new MemberTransferred(new LocalDate(2019, 6, 1), newBranch, MemberId.Parse("BZ-001-B01-M003"), Note: "机构改革转入"),
            new RoleAssigned(new LocalDate(2019, 6, 1), newBranch, MemberId.Parse("BZ-001-B01-M003"), PartyRole.Secretary),
            new OrganizationElected(new LocalDate(2019, 6, 15), newBranch, HasCommittee: false),
        ]);

        var registry = OrganizationRegistry.Create(snapshot, reform);
        var june15 = registry.AsOf(new LocalDate(2019, 6, 15));

        june15.MemberCount(newBranch).Should().Be(1);
        june15.SecretaryOf(newBranch).Should().Be(MemberId.Parse("BZ-001-B01-M003"));
        june15.Get(newBranch).LastElectedOn.Should().Be(new LocalDate(2019, 6, 15));
        registry.HistoryOf(newBranch).Select(e => e switch
        {
            OrganizationCreated created => $"新建 {created.Name}",
            MemberTransferred transferred => $"转入 {transferred.MemberId}",
            _ => OrganizationsLabels.EventKinds[e.Kind].ZhCn,
        }).Should().Equal("新建 市财政局第2党支部", "转入 BZ-001-B01-M003", "任职", "换届选举");
    }

    [Fact]
    public void Example5_MemberStanding()
    {
        var (snapshot, _, branch) = Example1Snapshot();
        var registry = OrganizationRegistry.Create(snapshot, new OrganizationEventLog(
        [
            new MemberJoined(new LocalDate(2019, 6, 15), branch, MemberId.Parse("BZ-001-B01-M004"), "新党员", MembershipStatus.Probationary, MembershipChangeReason.Admitted),
            new PartyProbationImposed(new LocalDate(2020, 3, 1), MemberId.Parse("BZ-001-B01-M002"), 12),
            new ProbationExtended(new LocalDate(2020, 6, 10), MemberId.Parse("BZ-001-B01-M004"), 6),
        ]));

        registry.StandingOf(MemberId.Parse("BZ-001-B01-M004"), new LocalDate(2020, 12, 1))!.ProbationEndsOn.Should().Be(new LocalDate(2020, 12, 15));
        var sanctioned = registry.StandingOf(MemberId.Parse("BZ-001-B01-M002"), new LocalDate(2020, 6, 1))!;
        sanctioned.HasVotingRights.Should().BeFalse();
        sanctioned.PartyProbationEnds.Should().Be(new LocalDate(2021, 3, 1));
        registry.AsOf(new LocalDate(2020, 12, 15)).StandingFindings().Single().Kind.Should().Be(StandingFindingKind.ProbationOverrun);
    }
}
