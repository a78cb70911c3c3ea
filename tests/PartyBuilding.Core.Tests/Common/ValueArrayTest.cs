using System.Reflection;
using System.Text.Json;
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
        var info = PartyBuildingJson.TypeInfo<ValueArray<string>>();
        ValueArray<string> items = ["党员大会", "支委会"];

        var json = JsonSerializer.Serialize(items, info);
        var back = JsonSerializer.Deserialize(json, info);

        (back == items).Should().BeTrue();
        JsonSerializer.Deserialize("[]", info).IsEmpty.Should().BeTrue();
    }

    [Fact]
    public void Json_ReportsABadItemAtItsIndex()
    {
        var info = PartyBuildingJson.TypeInfo<ValueArray<string>>();

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
        var info = PartyBuildingJson.TypeInfo<ValueDictionary<string>>();
        var map = ValueDictionary.Of(("count", "1"));

        var json = JsonSerializer.Serialize(map, info);

        json.Should().Contain("\"count\"");
        (JsonSerializer.Deserialize(json, info) == map).Should().BeTrue();
    }

    [Fact]
    public void EveryValueArrayAndValueDictionaryOfThePublicApi_HasJsonMetadata()
    {
        var used =
            from type in typeof(ValueArray<>).Assembly.GetExportedTypes()
            from property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
            let t = property.PropertyType
            where t.IsGenericType && (t.GetGenericTypeDefinition() == typeof(ValueArray<>) || t.GetGenericTypeDefinition() == typeof(ValueDictionary<>))
            select (Type: t, Where: type.Name + "." + property.Name);

        used.Where(u => !ValueArrayMetadata.Instance.Knows(u.Type)).Select(u => u.Where + " (" + u.Type.GetGenericArguments()[0].Name + ")")
            .Should().BeEmpty("add the item type to Serialization/ValueArrayMetadata.cs");
    }
}
