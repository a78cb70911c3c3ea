using System.Reflection;
using System.Runtime.CompilerServices;
using PartyBuilding.Core.Common;

namespace PartyBuilding.Core.Tests.Conventions;

/// <summary>Enforces the design rules of docs/contributing.md (and shared/style.md) over the whole public API.</summary>
public sealed class DesignRulesTest
{
    private static readonly Assembly Library = typeof(Score).Assembly;

    private static readonly Type[] PublicTypes = [.. Library.GetExportedTypes()];

    private static readonly Type[] MutableCollections =
    [
        typeof(List<>), typeof(Dictionary<,>), typeof(HashSet<>), typeof(SortedDictionary<,>), typeof(SortedSet<>),
        typeof(IList<>), typeof(ICollection<>), typeof(IDictionary<,>), typeof(ISet<>),
        typeof(IReadOnlyList<>), typeof(IReadOnlyCollection<>), typeof(IReadOnlyDictionary<,>),
    ];

    /// <summary>
    /// Records still holding a reference-equal collection or writing their own equality, each to be migrated to
    /// <see cref="ValueArray{T}"/>/<see cref="ValueDictionary{TValue}"/>; an entry that no longer offends fails the test until
    /// it is removed, so the list only shrinks (issue 20).
    /// </summary>
    private static readonly string[] KnownEqualityOffenders = [];

    private static readonly Type[] ReferenceEqualCollections =
    [
        typeof(ImmutableArray<>), typeof(ImmutableList<>), typeof(ImmutableHashSet<>), typeof(ImmutableSortedSet<>),
        typeof(ImmutableDictionary<,>), typeof(ImmutableSortedDictionary<,>), typeof(ImmutableQueue<>), typeof(ImmutableStack<>),
    ];

    [Fact]
    public void EveryPublicClass_IsSealedOrAbstractOrStatic()
    {
        var open = PublicTypes.Where(t => t.IsClass && !t.IsSealed && !t.IsAbstract && !typeof(Delegate).IsAssignableFrom(t));

        open.Select(t => t.FullName).Should().BeEmpty();
    }

    [Fact]
    public void NoPublicType_HasAPublicSetterOtherThanInit()
    {
        var setters =
            from type in PublicTypes
            from property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly)
            let setter = property.SetMethod
            where setter is { IsPublic: true } && !IsInitOnly(setter)
            select $"{type.FullName}.{property.Name}";

        setters.Should().BeEmpty();
    }

    /// <summary>
    /// Results are built by the engines (docs/architecture.md, "Results are built by engines"): every public type named
    /// <c>…Result</c>, and the other result records listed here, has no public constructor and no <c>init</c> accessor, so
    /// a caller can neither build one nor change part of one with <c>with</c>.
    /// </summary>
    [Fact]
    public void EveryResultRecord_IsBuiltByItsEngineOnly()
    {
        string[] otherResults =
        [
            "Assessment.OrganizationAssessment", "Assessment.ComponentLine", "Assessment.AppliedRule",
            "DoubleReview.DoubleReviewOutcome", "DoubleReview.RoundFailure",
            "MemberPoints.PointsStatistics", "MemberPoints.GradeExportRow",
            "Responsibilities.ResponsibilityAssessment", "Responsibilities.ResponsibilityListStatus", "Responsibilities.ItemStatus",
            "Responsibilities.LevelCompletion", "Responsibilities.RectificationLedgerStatus", "Responsibilities.MeasureStatus",
            "Responsibilities.RectificationRollup", "Responsibilities.ContactPointStatus", "Responsibilities.ContactTaskStatus",
            "Standardization.CoverageReport", "Standardization.CoverageLine", "Standardization.LaggingBranch",
            "Standardization.IndicatorShortfall", "Standardization.BranchTierNaming",
        ];
        var results = PublicTypes
            .Where(t => t.Name.EndsWith("Result", StringComparison.Ordinal) || otherResults.Contains(t.FullName!["PartyBuilding.Core.".Length..]))
            .ToList();

        otherResults.Should().BeSubsetOf(results.Select(t => t.FullName!["PartyBuilding.Core.".Length..]), "every listed result exists");
        var offenders =
            from type in results
            from member in type.GetConstructors().Cast<MemberInfo>()
                .Concat(type.GetProperties().Where(p => p.SetMethod is { IsPublic: true }))
            select $"{type.Name}: {member}";
        offenders.Should().BeEmpty();
    }

    [Fact]
    public void NoPublicMember_ExposesAMutableCollectionOrArray()
    {
        var offenders = new List<string>();
        foreach (var type in PublicTypes)
        {
            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            {
                if (IsMutable(property.PropertyType))
                {
                    offenders.Add($"{type.FullName}.{property.Name}: {property.PropertyType.Name}");
                }
            }

            var methods = type.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly)
                .Where(m => !m.IsSpecialName)
                .Cast<MethodBase>()
                .Concat(type.GetConstructors());
            foreach (var method in methods)
            {
                if (method is MethodInfo info && IsMutable(info.ReturnType))
                {
                    offenders.Add($"{type.FullName}.{method.Name} returns {info.ReturnType.Name}");
                }

                offenders.AddRange(method.GetParameters()
                    .Where(p => IsMutable(p.ParameterType.IsByRef ? p.ParameterType.GetElementType()! : p.ParameterType))
                    .Select(p => $"{type.FullName}.{method.Name}({p.Name}: {p.ParameterType.Name})"));
            }
        }

        offenders.Should().BeEmpty();
    }

    [Fact]
    public void EveryPublicEnum_StartsAtOne_AndHasBilingualLabels()
    {
        var labelTables = PublicTypes
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Static))
            .Select(p => p.PropertyType)
            .Where(t => t.IsGenericType && t.GetGenericTypeDefinition() == typeof(LabelTable<>))
            .Select(t => t.GetGenericArguments()[0])
            .ToHashSet();

        PublicTypes.Where(t => t.IsEnum).Should().NotBeEmpty();
        foreach (var e in PublicTypes.Where(t => t.IsEnum))
        {
            Enum.GetValues(e).Cast<object>().Select(Convert.ToInt64).Should().NotContain(0, $"{e.Name} must start at 1");
            labelTables.Should().Contain(e, $"{e.Name} needs a LabelTable in its area's …Labels class");
        }
    }

    [Fact]
    public void NoPublicRecord_HoldsAReferenceEqualCollection_OrWritesItsOwnEquality()
    {
        var offenders = (
            from type in PublicTypes
            where type.GetProperty("EqualityContract", BindingFlags.NonPublic | BindingFlags.Instance) is not null
            let lists = type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => IsReferenceEqualCollection(p.PropertyType)).Select(p => p.Name).ToList()
            let ownEquals = type.GetMethod("Equals", BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly, [type])
            let handWritten = ownEquals is not null && ownEquals.GetCustomAttribute<CompilerGeneratedAttribute>() is null
            where lists.Count > 0 || handWritten
            select type.FullName!).ToList();

        offenders.Except(KnownEqualityOffenders).Should().BeEmpty(
            "a public record holds its lists as ValueArray<T> and maps as ValueDictionary<TValue>, so the compiler's equality is value equality without a hand-written Equals");
        KnownEqualityOffenders.Except(offenders).Should().BeEmpty("a migrated record leaves the list of known offenders");
    }

    [Fact]
    public void EveryLabelTable_IsComplete()
    {
        var tables = PublicTypes
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Static))
            .Where(p => p.PropertyType.IsGenericType && p.PropertyType.GetGenericTypeDefinition() == typeof(LabelTable<>))
            .ToList();

        tables.Should().NotBeEmpty();
        foreach (var property in tables)
        {
            var table = property.GetValue(null)!;
            var all = (System.Collections.IDictionary)table.GetType().GetProperty("All")!.GetValue(table)!;
            all.Count.Should().Be(Enum.GetValues(property.PropertyType.GetGenericArguments()[0]).Length, property.Name);
        }
    }

    private static bool IsInitOnly(MethodInfo setter) =>
        setter.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit));

    private static bool IsReferenceEqualCollection(Type type) =>
        type.IsGenericType && ReferenceEqualCollections.Contains(type.GetGenericTypeDefinition());

    private static bool IsMutable(Type type)
    {
        if (type.IsArray)
        {
            return true;
        }

        if (type.IsGenericType)
        {
            var definition = type.GetGenericTypeDefinition();
            return MutableCollections.Contains(definition) || type.GetGenericArguments().Any(IsMutable);
        }

        return false;
    }
}
