#!/usr/bin/env bash
# Writes a strongly typed identifier from the one template every identifier of the library follows.
# Usage: eng/new-id.sh TypeName Area "what it identifies (with the Chinese term)"
#   e.g. eng/new-id.sh IndicatorId Standardization "an indicator of a standardization catalogue (指标)"
# Area is the folder and namespace under src/PartyBuilding.Core (Common, Organizations, ...).
set -euo pipefail
name=$1; area=$2; what=$3
root=$(cd "$(dirname "$0")/.." && pwd)
file="$root/src/PartyBuilding.Core/$area/$name.cs"
[ -e "$file" ] && { echo "exists: $file" >&2; exit 1; }
cat > "$file" <<CS
using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;
using PartyBuilding.Core.Common;

namespace PartyBuilding.Core.$area;

/// <summary>Identifies $what.</summary>
/// <remarks>Text rules: <see cref="StronglyTypedId.Pattern"/>. Immutable and thread-safe.</remarks>
[DebuggerDisplay("{Value}")]
[JsonConverter(typeof(StronglyTypedIdConverter<$name>))]
public readonly record struct $name : IStronglyTypedId<$name>
{
    private readonly string? _value;

    private $name(string value) => _value = value;

    /// <inheritdoc />
    public string Value => _value ?? string.Empty;

    /// <inheritdoc />
    public bool IsEmpty => _value is null;

    /// <summary>Parses identifier text.</summary>
    /// <param name="text">The identifier text.</param>
    /// <returns>The identifier.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    /// <exception cref="FormatException"><paramref name="text"/> is not valid identifier text.</exception>
    public static $name Parse(string text) => StronglyTypedId.Parse<$name>(text);

    /// <summary>Tries to parse identifier text.</summary>
    /// <param name="text">The identifier text; may be <see langword="null"/>.</param>
    /// <param name="id">The identifier, or the empty default when the text is not valid.</param>
    /// <returns><see langword="true"/> when the text was valid.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out $name id) => StronglyTypedId.TryParse(text, out id);

    static $name IStronglyTypedId<$name>.FromValidated(string validated) => new(validated);

    /// <inheritdoc />
    public int CompareTo($name other) => StronglyTypedId.Compare(_value, other._value);

    /// <inheritdoc />
    public override string ToString() => Value;
}
CS
echo "wrote $file"
