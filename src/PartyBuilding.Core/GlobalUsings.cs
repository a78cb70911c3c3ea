global using System.Collections.Immutable;
global using System.Globalization;
global using NodaTime;
