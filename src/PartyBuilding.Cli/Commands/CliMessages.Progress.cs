using PartyBuilding.Core.Common;

namespace PartyBuilding.Cli;

/// <summary>
/// The progress lines of long commands (stderr, only on a terminal: <see cref="CliContext.Progress"/>), part of the tool's one
/// message table: the step, the input records done of the total, the file read or written, the time since the command began.
/// </summary>
internal static partial class CliMessages
{
    /// <summary>Progress: a step of the evaluation beginning, with the input records the steps before it did and the time since the command began.</summary>
    public static LocalizedText EvaluationStep(int step, int steps, LocalizedText label, long done, long total, TimeSpan elapsed)
    {
        var (records, percent, seconds) = (Count(done) + "/" + Count(total), Percent(done, total), Seconds(elapsed));
        return new(
            $"[{step}/{steps}] {label.ZhCn}（已处理记录 {records}，{percent}，已用 {seconds} 秒）",
            $"[{step}/{steps}] {label.English} ({records} records done, {percent}, {seconds} s elapsed)");
    }

    /// <summary>Progress: the evaluation finished, every input record done.</summary>
    public static LocalizedText EvaluationDone(LocalizedText label, long total, TimeSpan elapsed) => new(
        $"{label.ZhCn}：已处理记录 {Count(total)}/{Count(total)}，100%，已用 {Seconds(elapsed)} 秒",
        $"{label.English}: {Count(total)}/{Count(total)} records done, 100%, {Seconds(elapsed)} s elapsed");

    /// <summary>Progress: a document a manifest lists being read, with its size.</summary>
    public static LocalizedText ReadingDocument(string path, long bytes, TimeSpan elapsed) => new(
        $"读取 {path}（{Size(bytes).ZhCn}，已用 {Seconds(elapsed)} 秒）",
        $"reading {path} ({Size(bytes).English}, {Seconds(elapsed)} s elapsed)");

    /// <summary>Progress: a file of <c>generate</c> being written.</summary>
    public static LocalizedText WritingFile(int file, int files, string path, TimeSpan elapsed) => new(
        $"[{file}/{files}] 写入 {path}（已用 {Seconds(elapsed)} 秒）",
        $"[{file}/{files}] writing {path} ({Seconds(elapsed)} s elapsed)");

    /// <summary>Progress: a file of <c>validate</c> being checked, with its size.</summary>
    public static LocalizedText CheckingFile(int file, int files, string path, long bytes, TimeSpan elapsed) => new(
        $"[{file}/{files}] 校验 {path}（{Size(bytes).ZhCn}，已用 {Seconds(elapsed)} 秒）",
        $"[{file}/{files}] checking {path} ({Size(bytes).English}, {Seconds(elapsed)} s elapsed)");

    /// <summary>Progress: a scenario file of <c>test</c> being run.</summary>
    public static LocalizedText RunningScenario(int file, int files, string path, TimeSpan elapsed) => new(
        $"[{file}/{files}] 运行 {path}（已用 {Seconds(elapsed)} 秒）",
        $"[{file}/{files}] running {path} ({Seconds(elapsed)} s elapsed)");

    /// <summary>A note of <c>generate</c> (its parts, always printed) with, on a terminal, the time since the command began.</summary>
    public static LocalizedText Timed(string line, TimeSpan elapsed) => new(
        $"{line}（已用 {Seconds(elapsed)} 秒）",
        $"{line} ({Seconds(elapsed)} s elapsed)");

    private static string Count(long n) => n.ToString("N0", CultureInfo.InvariantCulture);

    private static string Percent(long done, long total) =>
        (total == 0 ? "0%" : (done * 100 / total).ToString(CultureInfo.InvariantCulture) + "%");

    private static string Seconds(TimeSpan elapsed) => elapsed.TotalSeconds.ToString("F1", CultureInfo.InvariantCulture);

    /// <summary>A file's size in megabytes (10⁶ bytes, one place), or below one megabyte in kilobytes (10³ bytes, whole).</summary>
    private static LocalizedText Size(long bytes)
    {
        if (bytes < 1_000_000)
        {
            var kilobytes = Math.Ceiling(bytes / 1_000m).ToString(CultureInfo.InvariantCulture);
            return new($"{kilobytes} 千字节", $"{kilobytes} kB");
        }

        var megabytes = (bytes / 1_000_000m).ToString("F1", CultureInfo.InvariantCulture);
        return new($"{megabytes} 兆字节", $"{megabytes} MB");
    }
}
