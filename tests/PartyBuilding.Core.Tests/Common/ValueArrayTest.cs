using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using PartyBuilding.Core.Common;
using PartyBuilding.Core.Serialization;

namespace PartyBuilding.Core.Tests.Common;

/// <summary>
/// The rules of <see cref="ValueArray{T}"/> and <see cref="ValueDictionary{TValue}"/>: equal items in the same order make equal
/// arrays, default is empty, and JSON reads and writes them as plain arrays and objects with exact error paths.
/// </summary>
public sealed class ValueArrayTest
{
    private sealed record Holder(string Name, ValueArray<string> Items);

    [Fact]
    public void Arrays_WithEqualItemsInTheSameOrder_AreEqual_AndMakeTheirRecordsEqual()
    {
        ValueArray<string> a = ["x", "y"];
        ValueArray<string> b = ImmutableArray.Create("x", "y");

        a.Equals(b).Should().BeTrue();
        (a == b).Should().BeTrue();
        a.GetHashCode().Should().Be(b.GetHashCode());
        new Holder("h", a).Should().Be(new Holder("h", b));
    }

    [Theory]
    [InlineData(new[] { "x" }, new[] { "x", "y" })]
    [InlineData(new[] { "y", "x" }, new[] { "x", "y" })]
    [InlineData(new[] { "x", "z" }, new[] { "x", "y" })]
    public void Arrays_DifferingInLengthOrderOrAnItem_AreNotEqual(string[] left, string[] right)
    {
        ValueArray<string> a = [.. left];
        ValueArray<string> b = [.. right];

        a.Equals(b).Should().BeFalse();
        (a != b).Should().BeTrue();
    }

    [Fact]
    public void Default_IsTheEmptyArray_AndConvertsToANonDefaultImmutableArray()
    {
        ValueArray<string> none = default;

        (none == new ValueArray<string>([])).Should().BeTrue();
        none.IsEmpty.Should().BeTrue();
        ((ImmutableArray<string>)none).IsDefault.Should().BeFalse();
        none.Should().BeEmpty();
    }

    [Fact]
    public void Json_ReadsAndWritesAPlainArray()
    {
        var info = Info<ValueArray<string>>();
        ValueArray<string> items = ["党员大会", "支委会"];

        var json = JsonSerializer.Serialize(items, info);
        var back = JsonSerializer.Deserialize(json, info);

        (back == items).Should().BeTrue();
        JsonSerializer.Deserialize("[]", info).IsEmpty.Should().BeTrue();
    }

    [Fact]
    public void Json_ReportsABadItemAtItsIndex()
    {
        var info = Info<ValueArray<string>>();

        var read = () => JsonSerializer.Deserialize("""["a", 3]""", info);

        read.Should().Throw<JsonException>().Which.Path.Should().Be("$[1]");
    }

    [Fact]
    public void Maps_WithTheSameEntries_AreEqual_InAnyOrderOfConstruction()
    {
        var a = ValueDictionary.Of(("count", "1"), ("share", "1/3"));
        var b = ValueDictionary.Of(("share", "1/3"), ("count", "1"));

        (a == b).Should().BeTrue();
        a.GetHashCode().Should().Be(b.GetHashCode());
        (a == ValueDictionary.Of(("count", "2"), ("share", "1/3"))).Should().BeFalse();
        (a == ValueDictionary.Of(("Count", "1"), ("share", "1/3"))).Should().BeFalse("keys compare ordinally");
        (default(ValueDictionary<string>) == ValueDictionary.CreateRange<string>([])).Should().BeTrue();
    }

    [Fact]
    public void Json_ReadsAndWritesAMapAsAnObject()
    {
        var info = Info<ValueDictionary<string>>();
        var map = ValueDictionary.Of(("count", "1"));

        var json = JsonSerializer.Serialize(map, info);

        json.Should().Contain("\"count\"");
        (JsonSerializer.Deserialize(json, info) == map).Should().BeTrue();
    }

    [Fact]
    public void EveryValueArrayAndValueDictionaryOfThePublicApi_HasJsonMetadata()
    {
        // Through the metadata a host registers, which combines every part's: each value array is read by a listing of
        // its item type (a context's own metadata of a value array could not fill it).
        var options = new JsonSerializerOptions { TypeInfoResolver = PartyBuilding.Core.Evaluation.PartyBuildingJsonMetadata.TypeInfoResolver };
        var used =
            from type in typeof(ValueArray<>).Assembly.GetExportedTypes()
            from property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
            where IsValueCollection(property.PropertyType)
            select (Type: property.PropertyType, Where: type.Name + "." + property.Name);

        used.Where(u => !IsListed(u.Type, options)).Select(u => u.Where + " (" + u.Type.GetGenericArguments()[0].Name + ")")
            .Should().BeEmpty("list the item type in the ValueArrays of its area's <Area>Json.cs (Common's in Common/CommonJson.cs)");
    }

    [Fact]
    public void EveryValueArrayADocumentHolds_IsListedInTheMetadataTheDocumentNames()
    {
        // Each document reads with its own part's metadata (IDocumentContent.JsonMetadata) behind Common's: what it holds,
        // also another area's items, must be listed there.
        var missing = new List<string>();
        foreach (var document in typeof(ValueArray<>).Assembly.GetExportedTypes().Where(t => t.IsClass && typeof(IDocumentContent).IsAssignableFrom(t)))
        {
            var options = (JsonSerializerOptions)typeof(ValueArrayTest).GetMethod(nameof(DocumentOptions), BindingFlags.NonPublic | BindingFlags.Static)!
                .MakeGenericMethod(document).Invoke(null, null)!;
            missing.AddRange(Reachable(document).Where(IsValueCollection).Where(t => !IsListed(t, options)).Select(t => $"{document.Name}: {t.GetGenericArguments()[0].Name}"));
        }

        missing.Distinct().Should().BeEmpty("list the item type in the ValueArrays of the document's area (<Area>Json.cs)");
    }

    private static JsonSerializerOptions DocumentOptions<T>()
        where T : class, IDocumentContent => PartyBuildingJson.TypeInfo<T>().Options;

    private static JsonTypeInfo<T> Info<T>() =>
        LibraryJsonMetadata.TypeInfo<T>(LibraryJsonMetadata.CreateOptions(CommonJson.Metadata));

    private static bool IsValueCollection(Type t) =>
        t.IsGenericType && (t.GetGenericTypeDefinition() == typeof(ValueArray<>) || t.GetGenericTypeDefinition() == typeof(ValueDictionary<>));

    // Listed: read by a ValueArrayJsonMetadata, so an empty array (or map) is read back as an empty value.
    private static bool IsListed(Type type, JsonSerializerOptions options)
    {
        try
        {
            return JsonSerializer.Deserialize(type == typeof(ValueArray<>).MakeGenericType(type.GetGenericArguments()) ? "[]" : "{}", options.GetTypeInfo(type)) is not null;
        }
        catch (NotSupportedException)
        {
            return false;
        }
    }

    private static IEnumerable<Type> Reachable(Type root)
    {
        var seen = new HashSet<Type>();
        var pending = new Stack<Type>([root]);
        while (pending.TryPop(out var type))
        {
            if (!seen.Add(type) || type.Assembly != typeof(ValueArray<>).Assembly && !type.IsGenericType)
            {
                continue;
            }

            foreach (var argument in type.IsGenericType ? type.GetGenericArguments() : [])
            {
                pending.Push(argument);
            }

            // A property the JSON never writes (a data set's LifeRecords, given beside the document) is not part of it.
            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                .Where(p => p.GetCustomAttribute<System.Text.Json.Serialization.JsonIgnoreAttribute>() is not { Condition: System.Text.Json.Serialization.JsonIgnoreCondition.Always }))
            {
                pending.Push(Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType);
            }
        }

        return seen;
    }
}
