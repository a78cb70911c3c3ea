using PartyBuilding.Core.Common;

namespace PartyBuilding.Core.DoubleReview;

/// <summary>Who may rate whom in one review, built once from a data set and a scheme; shared by the validator and the engine.</summary>
internal sealed class ReviewEligibility
{
    private readonly Dictionary<OrganizationId, ReviewedOrganization> _organizations = [];
    private readonly Dictionary<OrganizationId, HashSet<MemberId>> _electorates = [];
    private readonly HashSet<MemberId> _leaders;
    private readonly HashSet<MemberId> _committeeMembers;
    private readonly PeerScope _peerScope;

    public ReviewEligibility(DoubleReviewDataSet data, PeerScope peerScope)
    {
        foreach (var organization in data.Organizations.Where(o => o is not null))
        {
            if (_organizations.TryAdd(organization.Id, organization))
            {
                _electorates[organization.Id] = [.. organization.Electorate];
            }
        }

        _leaders = [.. data.CommitteeLeaders];
        _committeeMembers = [.. data.CommitteeMembers];
        _peerScope = peerScope;
    }

    public ReviewedOrganization? Find(OrganizationId id) => _organizations.GetValueOrDefault(id);

    /// <summary>Tells whether a rater may rate a subject in a group; self-rating (an organization, or a reviewed person) is checked separately.</summary>
    public bool MayRate(RaterGroup group, ReviewedOrganization subject, Ballot ballot) => group switch
    {
        RaterGroup.Members => ballot.Rater is { } m && _electorates[subject.Id].Contains(m) && !IsReviewedPerson(subject, m),
        RaterGroup.CommitteeLeaders => ballot.Rater is { } l && _leaders.Contains(l) && !IsReviewedPerson(subject, l),
        RaterGroup.CommitteeMembers => ballot.Rater is { } c && _committeeMembers.Contains(c) && !IsReviewedPerson(subject, c),
        RaterGroup.PeerOrganizations => ballot.RaterOrganization is { } o && o != subject.Id
            && _organizations.TryGetValue(o, out var peer) && InPeerScope(subject, peer),
        _ => false,
    };

    /// <summary>Counts the raters who could rate a subject in a group; a reviewed person is not among their own raters.</summary>
    public int EligibleCount(RaterGroup group, ReviewedOrganization subject) => group switch
    {
        RaterGroup.Members => CountWithout(_electorates[subject.Id], subject),
        RaterGroup.CommitteeLeaders => CountWithout(_leaders, subject),
        RaterGroup.CommitteeMembers => CountWithout(_committeeMembers, subject),
        RaterGroup.PeerOrganizations => _organizations.Values.Count(o => o.Id != subject.Id && InPeerScope(subject, o)),
        _ => 0,
    };

    /// <summary>Tells whether a rater is the person under review (述职评议), who does not rate themselves.</summary>
    public static bool IsReviewedPerson(ReviewedOrganization subject, MemberId rater) => subject.Person is { } person && person.Member == rater;

    private static int CountWithout(HashSet<MemberId> raters, ReviewedOrganization subject) =>
        raters.Count - (subject.Person is { } person && raters.Contains(person.Member) ? 1 : 0);

    private bool InPeerScope(ReviewedOrganization subject, ReviewedOrganization peer) =>
        _peerScope == PeerScope.AllOrganizations || subject.District == peer.District;
}
