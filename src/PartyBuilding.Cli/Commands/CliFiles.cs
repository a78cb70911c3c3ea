namespace PartyBuilding.Cli.Commands;

/// <summary>File access of the commands, turning every I/O failure into a one-line file error (exit code 3).</summary>
internal static class CliFiles
{
    /// <summary>Reads a whole file.</summary>
    /// <exception cref="CliException">The file is missing or unreadable (exit code 3).</exception>
    public static byte[] ReadAllBytes(string path)
    {
        try
        {
            return File.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw CliException.File($"cannot read '{path}': {Reason(ex)}", ex);
        }
    }

    /// <summary>Writes a whole file, creating its directory.</summary>
    /// <exception cref="CliException">The file cannot be written (exit code 3).</exception>
    public static void WriteAllText(string path, string text)
    {
        try
        {
            var directory = Path.GetDirectoryName(Path.GetFullPath(path));
            if (directory is not null)
            {
                Directory.CreateDirectory(directory);
            }

            File.WriteAllText(path, text, new System.Text.UTF8Encoding(false));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw CliException.File($"cannot write '{path}': {Reason(ex)}", ex);
        }
    }

    /// <summary>Creates a directory.</summary>
    /// <exception cref="CliException">The directory cannot be created (exit code 3).</exception>
    public static void CreateDirectory(string path)
    {
        try
        {
            Directory.CreateDirectory(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw CliException.File($"cannot create directory '{path}': {Reason(ex)}", ex);
        }
    }

    /// <summary>A short reason for an I/O failure.</summary>
    public static string Reason(Exception ex) => ex switch
    {
        FileNotFoundException => "no such file",
        DirectoryNotFoundException => "no such directory",
        UnauthorizedAccessException => "access denied",
        _ => ex.Message.ReplaceLineEndings(" "),
    };
}
