using System.Text.Json.Serialization;
using PartyBuilding.Core.Common;

namespace PartyBuilding.Core.Evaluation;

/// <summary>How a vetoed branch (一票否决) counts in its department's standardization score, the mean of its branches.</summary>
/// <remarks>
/// The articles give no roll-up of branch scores into a department's score; the choice is the composition's, set in
/// <see cref="EvaluationComponents.StandardizationVetoedBranches"/> and named in the explanation of every department's
/// standardization score. The default, <see cref="Count"/>, keeps the branch's published score in the mean: the veto
/// already raises the scheme's downgrade rule (<see cref="EvaluationComponents.StandardizationVeto"/>) for the
/// department, and counting it as zero as well would punish one cause twice (不重复扣分).
/// </remarks>
[JsonConverter(typeof(StrictEnumConverter<VetoedBranchRule>))]
public enum VetoedBranchRule
{
    /// <summary>The vetoed branch counts at its published score (the default).</summary>
    Count = 1,

    /// <summary>The vetoed branch counts as zero in the mean.</summary>
    Zero = 2,

    /// <summary>The vetoed branch is left out of the mean; a department whose branches are all vetoed gets no score.</summary>
    Exclude = 3,
}
