using PartyBuilding.Core.Common;

namespace PartyBuilding.Core.MemberPoints;

/// <summary>
/// The references of a member-points data set resolved to dense indices by <see cref="MemberPointsDataSetValidator"/>:
/// each declaration's and review's member as its roster index, each declaration's standard as its index in the scheme, and
/// the audits of each declaration laid out by declaration. The engine lays out its arrays from these, so no identifier is
/// hashed twice (issue 23, columnar engines). Meaningful only for data without problems; immutable once built.
/// </summary>
internal sealed class MemberPointsDataIndex
{
    /// <summary>Initializes the index; only the data set checks build one.</summary>
    /// <param name="branches">Each branch identifier's first index in the data set's branches.</param>
    /// <param name="members">Each member identifier's first index in the roster.</param>
    /// <param name="declarationMembers">Each declaration's member, as its roster index (−1 when not on the roster).</param>
    /// <param name="declarationStandards">Each declaration's standard, as its index in the scheme's standards (−1 when unknown).</param>
    /// <param name="auditStarts">Where each declaration's audits start in <paramref name="auditOrder"/> (one more item than there are declarations).</param>
    /// <param name="auditOrder">The indices of the audits of known declarations, by declaration, each declaration's by date then index.</param>
    /// <param name="reviewMembers">Each mass review's member, as its roster index (−1 when not on the roster).</param>
    public MemberPointsDataIndex(
        Dictionary<OrganizationId, int> branches, Dictionary<MemberId, int> members, int[] declarationMembers, int[] declarationStandards, int[] auditStarts, int[] auditOrder, int[] reviewMembers)
    {
        Branches = branches;
        Members = members;
        DeclarationMembers = declarationMembers;
        DeclarationStandards = declarationStandards;
        AuditStarts = auditStarts;
        AuditOrder = auditOrder;
        ReviewMembers = reviewMembers;
    }

    /// <summary>Gets each branch identifier's first index in <see cref="MemberPointsDataSet.Branches"/>.</summary>
    public Dictionary<OrganizationId, int> Branches { get; }

    /// <summary>Gets each member identifier's first index in <see cref="MemberPointsDataSet.Roster"/>.</summary>
    public Dictionary<MemberId, int> Members { get; }

    /// <summary>Gets each declaration's member, as its roster index (−1 when not on the roster).</summary>
    public int[] DeclarationMembers { get; }

    /// <summary>Gets each declaration's standard, as its index in <see cref="PointsScheme.Standards"/> (−1 when unknown).</summary>
    public int[] DeclarationStandards { get; }

    /// <summary>
    /// Gets, for each declaration <c>d</c>, where its audits start: they are <c>AuditOrder[AuditStarts[d] .. AuditStarts[d + 1]]</c>
    /// (one more item than there are declarations).
    /// </summary>
    public int[] AuditStarts { get; }

    /// <summary>Gets the indices of the audits of known declarations, by declaration, each declaration's by date then index.</summary>
    public int[] AuditOrder { get; }

    /// <summary>Gets each mass review's member, as its roster index (−1 when not on the roster).</summary>
    public int[] ReviewMembers { get; }

    /// <summary>
    /// Sorts a short run of indices in place without allocating (insertion sort, stable); a long one, which only unusual
    /// data makes, with the framework's sort.
    /// </summary>
    /// <typeparam name="TComparer">The order.</typeparam>
    /// <param name="items">The indices.</param>
    /// <param name="comparer">The order; total for the indices it is given, so the result does not depend on the method.</param>
    public static void Sort<TComparer>(Span<int> items, TComparer comparer)
        where TComparer : IComparer<int>
    {
        if (items.Length > 32)
        {
            items.Sort(comparer);
            return;
        }

        for (var i = 1; i < items.Length; i++)
        {
            var item = items[i];
            var j = i - 1;
            for (; j >= 0 && comparer.Compare(items[j], item) > 0; j--)
            {
                items[j + 1] = items[j];
            }

            items[j + 1] = item;
        }
    }
}
