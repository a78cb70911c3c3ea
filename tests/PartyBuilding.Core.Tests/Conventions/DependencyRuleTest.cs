using System.Reflection.Emit;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;
using PartyBuilding.Core.Common;
using Xunit.Abstractions;

namespace PartyBuilding.Core.Tests.Conventions;

/// <summary>
/// The dependency rule of docs/architecture.md, enforced over the compiled library: every type reference in base types,
/// interfaces, fields, method and property signatures, local variables, generic constraints, custom attributes and
/// method bodies (read with System.Reflection.Metadata) is mapped to the namespace it lives in, and every edge between
/// the library's namespaces must be allowed by the rule or listed as a known violation.
/// </summary>
public sealed class DependencyRuleTest(ITestOutputHelper output)
{
    private const string Root = "PartyBuilding.Core.";

    private static readonly string[] Foundations = ["Common", "Validation", "Serialization", "Strategies"];

    private static readonly string[] Areas = ["DoubleReview", "MemberPoints", "OrganizationalLife", "Organizations", "Responsibilities", "Standardization"];

    /// <summary>
    /// The known violations: none since issue 20 broke the last cycle (each area owns the JSON metadata of its own
    /// documents; only the composition root combines them). Each entry would be <c>type → namespace</c>: a type of the
    /// library (with its nested types) that references a namespace the rule forbids it. The test prints them on every run
    /// and fails when one is gone, so the list can only shrink; a new edge the rule forbids fails the test.
    /// </summary>
    private static readonly ImmutableSortedSet<string> KnownViolations = [];

    private static readonly Lazy<ImmutableSortedDictionary<string, ImmutableSortedSet<string>>> Edges = new(ReadEdges);

    [Fact]
    public void DependencyRule_EveryNamespaceEdge_IsAllowedOrAKnownViolation()
    {
        // violation "Type → Area" → the references that make it.
        var forbidden = Edges.Value
            .Where(e => !Allowed(From(e.Key), To(e.Key)))
            .SelectMany(e => e.Value.Select(reference => (Key: $"{Outer(reference)} → {To(e.Key)}", Reference: reference)))
            .GroupBy(r => r.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(r => r.Reference).ToList(), StringComparer.Ordinal);
        foreach (var violation in KnownViolations)
        {
            var references = forbidden.GetValueOrDefault(violation, []);
            output.WriteLine($"known violation (issue 20): {violation} ({references.Count} reference(s), e.g. {string.Join("; ", references.Take(3))})");
        }

        var unknown = forbidden.Where(e => !KnownViolations.Contains(e.Key)).Select(e => $"{e.Key}: {string.Join("; ", e.Value.Take(10))}").ToList();
        unknown.Should().BeEmpty("docs/architecture.md: Common depends on nothing of ours; Validation on Common only; Serialization and Strategies on Common and Validation; areas do not reach into each other; Assessment knows no other area; nothing depends on Evaluation");
        KnownViolations.Where(v => !forbidden.ContainsKey(v)).Should().BeEmpty("a known violation that is gone is removed from the list");
    }

    [Fact]
    public void DependencyRule_Reader_SeesTheCompositionRootReachingEveryArea()
    {
        // The reader itself: Evaluation is the composition root and references every area and the assessment.
        var fromEvaluation = Edges.Value.Keys.Where(k => From(k) == "Evaluation").Select(To).ToList();

        fromEvaluation.Should().Contain([.. Areas, "Assessment", "Common", "Validation"]);
    }

    [Theory]
    [InlineData("Common", "Validation", false)]
    [InlineData("Validation", "Common", true)]
    [InlineData("Strategies", "Validation", true)]
    [InlineData("Validation", "Strategies", false)]
    [InlineData("Serialization", "Assessment", false)]
    [InlineData("Serialization", "Validation", true)]
    [InlineData("Validation", "Serialization", false)]
    [InlineData("MemberPoints", "Organizations", true)]
    [InlineData("MemberPoints", "Standardization", false)]
    [InlineData("Assessment", "Organizations", false)]
    [InlineData("Assessment", "Serialization", true)]
    [InlineData("Evaluation", "Standardization", true)]
    [InlineData("Standardization", "OrganizationalLife", true)]
    [InlineData("OrganizationalLife", "Standardization", false)]
    [InlineData("Standardization", "Evaluation", false)]
    [InlineData("Supervision", "Responsibilities", true)]
    [InlineData("Responsibilities", "Supervision", false)]
    [InlineData("Supervision", "Standardization", false)]
    public void DependencyRule_Allowed_FollowsTheArchitecture(string from, string to, bool allowed)
    {
        Allowed(from, to).Should().Be(allowed);
    }

    private static bool Allowed(string from, string to) => from switch
    {
        _ when from == to => true,
        "Common" => false,
        "Validation" => to == "Common",
        "Serialization" or "Strategies" => to is "Common" or "Validation",
        "Evaluation" => true,
        "Assessment" => Foundations.Contains(to),
        // Areas rest on the organization structure and, for scores derived from them, on the records of organizational life
        // (issue 21), which themselves depend on no scoring area.
        "OrganizationalLife" => to != "Evaluation" && (Foundations.Contains(to) || to == "Organizations"),
        // Supervision measures findings against the records of organizational life and issues notices whose due dates are the
        // rectification ledger's deadline classes (issue 22); no area depends on Supervision.
        "Supervision" => to != "Evaluation" && (Foundations.Contains(to) || to is "Organizations" or "OrganizationalLife" or "Responsibilities"),
        _ => to != "Evaluation" && (Foundations.Contains(to) || to is "Organizations" or "OrganizationalLife"),
    };

    private static string From(string edge) => edge.Split(" → ")[0];

    private static string To(string edge) => edge.Split(" → ")[1];

    // "Serialization.PartyBuildingJsonContext/<>c → Assessment.AppliedRule" → "Serialization.PartyBuildingJsonContext".
    private static string Outer(string reference) => From(reference).Split('/')[0];

    // edge "From → To" → the type references that make it, as "Type → Type".
    private static ImmutableSortedDictionary<string, ImmutableSortedSet<string>> ReadEdges()
    {
        using var stream = File.OpenRead(typeof(Score).Assembly.Location);
        using var pe = new PEReader(stream);
        var reader = pe.GetMetadataReader();
        var edges = new SortedDictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        var provider = new NameProvider(reader);
        foreach (var handle in reader.TypeDefinitions)
        {
            var from = provider.Name(handle);
            if (Area(from) is not { } fromArea)
            {
                continue;
            }

            foreach (var to in References(reader, pe, provider, handle))
            {
                if (Area(to) is { } toArea && toArea != fromArea)
                {
                    var key = $"{fromArea} → {toArea}";
                    if (!edges.TryGetValue(key, out var set))
                    {
                        edges[key] = set = new SortedSet<string>(StringComparer.Ordinal);
                    }

                    set.Add($"{Short(from)} → {Short(to)}");
                }
            }
        }

        return edges.ToImmutableSortedDictionary(e => e.Key, e => e.Value.ToImmutableSortedSet(StringComparer.Ordinal), StringComparer.Ordinal);
    }

    private static string? Area(string fullName) =>
        fullName.StartsWith(Root, StringComparison.Ordinal) ? fullName[Root.Length..].Split('.', '/', '`')[0] : null;

    private static string Short(string fullName) => fullName[Root.Length..];

    private static IEnumerable<string> References(MetadataReader reader, PEReader pe, NameProvider provider, TypeDefinitionHandle handle)
    {
        var type = reader.GetTypeDefinition(handle);
        var names = new List<string>();
        if (!type.BaseType.IsNil)
        {
            names.AddRange(provider.Names(type.BaseType));
        }

        foreach (var i in type.GetInterfaceImplementations())
        {
            names.AddRange(provider.Names(reader.GetInterfaceImplementation(i).Interface));
        }

        names.AddRange(Attributes(reader, provider, type.GetCustomAttributes()));
        foreach (var p in type.GetGenericParameters())
        {
            foreach (var c in reader.GetGenericParameter(p).GetConstraints())
            {
                names.AddRange(provider.Names(reader.GetGenericParameterConstraint(c).Type));
            }
        }

        foreach (var f in type.GetFields())
        {
            var field = reader.GetFieldDefinition(f);
            names.AddRange(field.DecodeSignature(provider, null));
            names.AddRange(Attributes(reader, provider, field.GetCustomAttributes()));
        }

        foreach (var p in type.GetProperties())
        {
            var property = reader.GetPropertyDefinition(p);
            names.AddRange(property.DecodeSignature(provider, null).ReturnType);
            names.AddRange(Attributes(reader, provider, property.GetCustomAttributes()));
        }

        foreach (var m in type.GetMethods())
        {
            var method = reader.GetMethodDefinition(m);
            var signature = method.DecodeSignature(provider, null);
            names.AddRange(signature.ReturnType);
            names.AddRange(signature.ParameterTypes.SelectMany(t => t));
            names.AddRange(Attributes(reader, provider, method.GetCustomAttributes()));
            if (method.RelativeVirtualAddress != 0)
            {
                var body = pe.GetMethodBody(method.RelativeVirtualAddress);
                if (!body.LocalSignature.IsNil)
                {
                    names.AddRange(reader.GetStandaloneSignature(body.LocalSignature).DecodeLocalSignature(provider, null).SelectMany(t => t));
                }

                names.AddRange(Il.Tokens(body.GetILBytes()!).SelectMany(t => provider.Names(t)));
            }
        }

        return names;
    }

    private static IEnumerable<string> Attributes(MetadataReader reader, NameProvider provider, CustomAttributeHandleCollection attributes) =>
        attributes.SelectMany(a => provider.Names(reader.GetCustomAttribute(a).Constructor));

    /// <summary>Names every type a signature or token mentions (a generic instantiation mentions each of its types).</summary>
    private sealed class NameProvider(MetadataReader reader) : ISignatureTypeProvider<ImmutableArray<string>, object?>
    {
        public string Name(TypeDefinitionHandle handle)
        {
            var type = reader.GetTypeDefinition(handle);
            var declaring = type.GetDeclaringType();
            return declaring.IsNil
                ? $"{reader.GetString(type.Namespace)}.{reader.GetString(type.Name)}"
                : $"{Name(declaring)}/{reader.GetString(type.Name)}";
        }

        public ImmutableArray<string> Names(EntityHandle handle) => handle.Kind switch
        {
            HandleKind.TypeDefinition => [Name((TypeDefinitionHandle)handle)],
            HandleKind.TypeReference => [Name((TypeReferenceHandle)handle)],
            HandleKind.TypeSpecification => reader.GetTypeSpecification((TypeSpecificationHandle)handle).DecodeSignature(this, null),
            HandleKind.FieldDefinition => [Name(reader.GetFieldDefinition((FieldDefinitionHandle)handle).GetDeclaringType())],
            HandleKind.MethodDefinition => [Name(reader.GetMethodDefinition((MethodDefinitionHandle)handle).GetDeclaringType())],
            HandleKind.MemberReference => Member((MemberReferenceHandle)handle),
            HandleKind.MethodSpecification => MethodSpecification((MethodSpecificationHandle)handle),
            _ => [],
        };

        public ImmutableArray<string> GetArrayType(ImmutableArray<string> elementType, ArrayShape shape) => elementType;

        public ImmutableArray<string> GetByReferenceType(ImmutableArray<string> elementType) => elementType;

        public ImmutableArray<string> GetFunctionPointerType(MethodSignature<ImmutableArray<string>> signature) =>
            [.. signature.ReturnType, .. signature.ParameterTypes.SelectMany(t => t)];

        public ImmutableArray<string> GetGenericInstantiation(ImmutableArray<string> genericType, ImmutableArray<ImmutableArray<string>> typeArguments) =>
            [.. genericType, .. typeArguments.SelectMany(t => t)];

        public ImmutableArray<string> GetGenericMethodParameter(object? genericContext, int index) => [];

        public ImmutableArray<string> GetGenericTypeParameter(object? genericContext, int index) => [];

        public ImmutableArray<string> GetModifiedType(ImmutableArray<string> modifier, ImmutableArray<string> unmodifiedType, bool isRequired) => unmodifiedType;

        public ImmutableArray<string> GetPinnedType(ImmutableArray<string> elementType) => elementType;

        public ImmutableArray<string> GetPointerType(ImmutableArray<string> elementType) => elementType;

        public ImmutableArray<string> GetPrimitiveType(PrimitiveTypeCode typeCode) => [];

        public ImmutableArray<string> GetSZArrayType(ImmutableArray<string> elementType) => elementType;

        public ImmutableArray<string> GetTypeFromDefinition(MetadataReader metadata, TypeDefinitionHandle handle, byte rawTypeKind) => [Name(handle)];

        public ImmutableArray<string> GetTypeFromReference(MetadataReader metadata, TypeReferenceHandle handle, byte rawTypeKind) => [Name(handle)];

        public ImmutableArray<string> GetTypeFromSpecification(MetadataReader metadata, object? genericContext, TypeSpecificationHandle handle, byte rawTypeKind) =>
            metadata.GetTypeSpecification(handle).DecodeSignature(this, genericContext);

        private string Name(TypeReferenceHandle handle)
        {
            var type = reader.GetTypeReference(handle);
            return type.ResolutionScope.Kind == HandleKind.TypeReference
                ? $"{Name((TypeReferenceHandle)type.ResolutionScope)}/{reader.GetString(type.Name)}"
                : $"{reader.GetString(type.Namespace)}.{reader.GetString(type.Name)}";
        }

        private ImmutableArray<string> Member(MemberReferenceHandle handle)
        {
            var member = reader.GetMemberReference(handle);
            ImmutableArray<string> signature = member.GetKind() == MemberReferenceKind.Method
                ? [.. member.DecodeMethodSignature(this, null) is var m ? m.ReturnType.AddRange(m.ParameterTypes.SelectMany(t => t)) : []]
                : member.DecodeFieldSignature(this, null);
            return [.. Names(member.Parent), .. signature];
        }

        private ImmutableArray<string> MethodSpecification(MethodSpecificationHandle handle)
        {
            var specification = reader.GetMethodSpecification(handle);
            return [.. Names(specification.Method), .. specification.DecodeSignature(this, null).SelectMany(t => t)];
        }
    }

    /// <summary>Reads the metadata tokens of an IL body (the operands of instructions that name a type, field or method).</summary>
    private static class Il
    {
        private static readonly Dictionary<short, OpCode> OpCodesByValue = typeof(OpCodes)
            .GetFields(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)
            .Select(f => (OpCode)f.GetValue(null)!)
            .ToDictionary(o => o.Value);

        public static IEnumerable<EntityHandle> Tokens(byte[] il)
        {
            var tokens = new List<EntityHandle>();
            var i = 0;
            while (i < il.Length)
            {
                var value = il[i] == 0xFE ? unchecked((short)(0xFE00 | il[i + 1])) : il[i];
                i += il[i] == 0xFE ? 2 : 1;
                var opCode = OpCodesByValue[value];
                switch (opCode.OperandType)
                {
                    case OperandType.InlineField or OperandType.InlineMethod or OperandType.InlineTok or OperandType.InlineType:
                        tokens.Add(MetadataTokens.EntityHandle(BitConverter.ToInt32(il, i)));
                        i += 4;
                        break;
                    case OperandType.InlineNone:
                        break;
                    case OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar:
                        i += 1;
                        break;
                    case OperandType.InlineVar:
                        i += 2;
                        break;
                    case OperandType.InlineI8 or OperandType.InlineR:
                        i += 8;
                        break;
                    case OperandType.InlineSwitch:
                        i += 4 + (4 * BitConverter.ToInt32(il, i));
                        break;
                    default:
                        i += 4;
                        break;
                }
            }

            return tokens;
        }
    }
}
