using PartyBuilding.Core.Common;

namespace PartyBuilding.Core.Supervision;

/// <summary>
/// The rules of accountability cases and where each comes from: the forms of accountability of
/// 《中国共产党问责条例》（2019年修订）第八条 as dated parameters, and the figures of article 003.
/// </summary>
/// <remarks>The regulation's wording was checked by look-up (docs/supervision.md, "Accountability"); a later revision is a new entry of each parameter, never an edit.</remarks>
public static class AccountabilityRules
{
    /// <summary>Gets 第八条's forms for party organizations: 检查、通报、改组.</summary>
    public static Citation Article8Organizations { get; } = Sources.AccountabilityRegulation2019.At("第八条（对党组织的问责，可以采取以下方式：检查；通报；改组）");

    /// <summary>Gets 第八条's forms for leading cadres: 通报、诫勉、组织调整或者组织处理、纪律处分.</summary>
    public static Citation Article8Cadres { get; } = Sources.AccountabilityRegulation2019.At("第八条（对党的领导干部的问责，可以采取以下方式：通报；诫勉；组织调整或者组织处理；纪律处分）");

    /// <summary>Gets 第八条's last paragraph: the forms may be used alone or combined (上述问责方式，可以单独使用，也可以依据规定合并使用).</summary>
    public static Citation Article8Combined { get; } = Sources.AccountabilityRegulation2019.At("第八条（上述问责方式，可以单独使用，也可以依据规定合并使用）");

    /// <summary>Gets 第五条: the subjects of accountability are party organizations and leading cadres of the party (问责对象是党组织、党的领导干部).</summary>
    public static Citation Article5Subjects { get; } = Sources.AccountabilityRegulation2019.At("第五条（问责对象是党组织、党的领导干部）");

    /// <summary>
    /// Gets article 003's figure for comparison with the count of cadres given a disciplinary sanction: using the "four forms"
    /// (运用"四种形态"), 36 people were given party disciplinary sanctions (党纪处分36人). The article reports a total, not how
    /// the 36 divide among the four forms; the library does not model the four forms.
    /// </summary>
    public static Citation Article003Disciplined { get; } = Sources.Article003.At("追究主体责任，运用“四种形态”，党纪处分36人");

    /// <summary>Gets the forms of accountability for a party organization, from 2019-09-01 (<see cref="Article8Organizations"/>).</summary>
    public static DatedParameter<ImmutableArray<AccountabilityForm>> OrganizationForms { get; } = DatedParameter.Constant(
        "supervision.accountability.organization-forms",
        Sources.AccountabilityRegulation2019.EffectiveFrom!.Value,
        ImmutableArray.Create(AccountabilityForm.Inspection, AccountabilityForm.Circular, AccountabilityForm.Reorganization),
        Article8Organizations);

    /// <summary>Gets the forms of accountability for a leading cadre, from 2019-09-01 (<see cref="Article8Cadres"/>).</summary>
    public static DatedParameter<ImmutableArray<AccountabilityForm>> CadreForms { get; } = DatedParameter.Constant(
        "supervision.accountability.cadre-forms",
        Sources.AccountabilityRegulation2019.EffectiveFrom!.Value,
        ImmutableArray.Create(AccountabilityForm.Circular, AccountabilityForm.Admonition, AccountabilityForm.OrganizationalAdjustment, AccountabilityForm.DisciplinarySanction),
        Article8Cadres);

    /// <summary>Gets the parameter of the forms allowed for a kind of subject.</summary>
    /// <param name="kind">The kind of subject.</param>
    /// <returns><see cref="OrganizationForms"/> or <see cref="CadreForms"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not defined.</exception>
    public static DatedParameter<ImmutableArray<AccountabilityForm>> FormsFor(AccountabilitySubjectKind kind) => kind switch
    {
        AccountabilitySubjectKind.PartyOrganization => OrganizationForms,
        AccountabilitySubjectKind.LeadingCadre => CadreForms,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown kind of subject."),
    };
}
