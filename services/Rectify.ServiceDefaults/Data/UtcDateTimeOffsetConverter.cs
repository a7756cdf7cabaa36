using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Rectify.ServiceDefaults.Data;

/// <summary>
/// PostgreSQL's timestamptz holds an instant, and Npgsql refuses to write a DateTimeOffset whose
/// offset is not zero (a deadline sent as +08:00, say). Values are stored as the same instant in UTC
/// and read back in UTC; comparisons and order are unchanged.
/// </summary>
public sealed class UtcDateTimeOffsetConverter() : ValueConverter<DateTimeOffset, DateTimeOffset>(
    v => v.ToUniversalTime(), v => v.ToUniversalTime());
