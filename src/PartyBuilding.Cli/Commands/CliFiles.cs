using PartyBuilding.Core.Common;
using PartyBuilding.Core.Serialization;

namespace PartyBuilding.Cli.Commands;

/// <summary>File access of the commands, turning every I/O failure into a one-line file error (exit code 3).</summary>
internal static class CliFiles
{
    /// <summary>
    /// Reads a whole file of at most <paramref name="limit"/> bytes (by default the library's document limit,
    /// <see cref="JsonReadLimits.MaxBytes"/>), in bounded memory: a file whose length is over the limit is refused before
    /// anything is read, and one that yields more than its length (a device such as <c>/dev/zero</c>) or more than the
    /// limit is refused as soon as it does.
    /// </summary>
    /// <exception cref="CliException">The file is missing, unreadable, not a regular file or too large (exit code 3).</exception>
    public static byte[] ReadAllBytes(string path, long? limit = null)
    {
        var max = limit ?? JsonReadLimits.Default.MaxBytes;
        try
        {
            using var stream = Open(path);
            var length = stream.CanSeek ? stream.Length : -1;
            if (length > max)
            {
                throw TooLarge(path, max);
            }

            using var copy = new MemoryStream(length > 0 ? (int)length : 0);
            var buffer = new byte[81920];
            int read;
            while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
            {
                if (copy.Length + read > max)
                {
                    throw TooLarge(path, max);
                }

                if (length >= 0 && copy.Length + read > length)
                {
                    throw CliException.CannotRead(path, CliMessages.YieldsMore(length));
                }

                copy.Write(buffer, 0, read);
            }

            return copy.ToArray();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw CliException.CannotRead(path, Reason(ex), ex);
        }
    }

    /// <summary>
    /// Opens a file for reading after checking, without opening it, that it is not empty: a FIFO, a device and a
    /// <c>/proc</c> file report no length (a FIFO would block the open until a writer comes; a device never ends), and an
    /// empty file is never a document, so all of them are refused before the open. A symbolic link is judged by its final
    /// target.
    /// </summary>
    /// <exception cref="CliException">The file is missing, unreadable, empty or not a regular file (exit code 3).</exception>
    public static FileStream OpenRead(string path)
    {
        try
        {
            return Open(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw CliException.CannotRead(path, Reason(ex), ex);
        }
    }

    /// <summary>
    /// Opens a document to be streamed by the library (checked a block at a time and bound from the file, never held
    /// whole), as <see cref="OpenRead"/> does, refusing before it is opened a file longer than the library's streamed
    /// limit (<see cref="JsonReadLimits.MaxStreamedBytes"/>).
    /// </summary>
    /// <exception cref="CliException">The file is missing, unreadable, empty, not a regular file or too large (exit code 3).</exception>
    public static FileStream OpenDocument(string path)
    {
        var max = JsonReadLimits.Default.MaxStreamedBytes;
        var stream = OpenRead(path);
        if (stream.Length > max)
        {
            stream.Dispose();
            throw TooLarge(path, max);
        }

        return stream;
    }

    private static FileStream Open(string path)
    {
        var info = new FileInfo(path);
        var target = info.LinkTarget is null ? info : info.ResolveLinkTarget(returnFinalTarget: true) as FileInfo ?? info;
        if (target.Exists && target.Length == 0)
        {
            throw CliException.CannotRead(path, CliMessages.EmptyOrSpecial);
        }

        return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
    }

    private static CliException TooLarge(string path, long max) =>
        CliException.CannotRead(path, CliMessages.TooLarge(max));

    /// <summary>
    /// Resolves a path a document names, relative to <paramref name="directory"/>, and tells whether its real location
    /// (every symbolic link on the way resolved, the parts that do not exist kept as written) lies inside
    /// <paramref name="root"/>. Nothing is opened, so the answer is the same whether the target exists or not: a refusal
    /// reveals neither its bytes nor its existence. An absolute path is judged the same way (outside the root, refused).
    /// </summary>
    /// <param name="directory">The folder relative paths start from.</param>
    /// <param name="root">The folder every file read must lie in.</param>
    /// <param name="relative">The path as the document wrote it.</param>
    /// <param name="full">The path to open (<paramref name="relative"/> joined to <paramref name="directory"/>).</param>
    /// <returns>Whether the file lies inside the root.</returns>
    /// <exception cref="CliException">A path cannot be resolved (file error, exit code 3).</exception>
    public static bool IsContained(string directory, string root, string relative, out string full)
    {
        full = Path.Combine(directory, relative);
        string real, realRoot;
        try
        {
            real = RealPath(Path.GetFullPath(full));
            realRoot = RealPath(Path.GetFullPath(root));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw CliException.CannotRead(full, Reason(ex), ex);
        }

        var inside = Path.EndsInDirectorySeparator(realRoot) ? realRoot : realRoot + Path.DirectorySeparatorChar;
        return real.StartsWith(inside, StringComparison.Ordinal);
    }

    /// <summary>The path with every symbolic link among its components resolved (the parts that do not exist kept as written).</summary>
    private static string RealPath(string fullPath)
    {
        var root = Path.GetPathRoot(fullPath) ?? "/";
        var current = root;
        var parts = fullPath[root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < parts.Length; i++)
        {
            var next = Path.Combine(current, parts[i]);
            FileSystemInfo info = Directory.Exists(next) ? new DirectoryInfo(next) : new FileInfo(next);
            current = info.LinkTarget is null ? next : Path.GetFullPath(info.ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? next);
        }

        return current;
    }

    /// <summary>
    /// Writes a whole text file (UTF-8, no byte order mark unless the text starts with one), creating its directory,
    /// atomically (<see cref="WriteAll"/>).
    /// </summary>
    /// <exception cref="CliException">The file cannot be written (exit code 3).</exception>
    public static void WriteAllText(string path, string text) =>
        WriteAll(path, stream =>
        {
            var bytes = new System.Text.UTF8Encoding(false).GetBytes(text);
            stream.Write(bytes, 0, bytes.Length);
        });

    /// <summary>
    /// Writes a whole file, creating its directory, atomically: the content goes to a temporary file beside it (a
    /// seekable stream), which then replaces the file in one move, so a failed write (a full disk) leaves the previous
    /// file as it was.
    /// </summary>
    /// <param name="path">The file.</param>
    /// <param name="write">Writes the content to the temporary file.</param>
    /// <exception cref="CliException">The file cannot be written (exit code 3).</exception>
    public static void WriteAll(string path, Action<Stream> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        string? temporary = null;
        try
        {
            var full = Path.GetFullPath(path);
            var directory = Path.GetDirectoryName(full) ?? ".";
            Directory.CreateDirectory(directory);
            temporary = Path.Combine(directory, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None))
            {
                write(stream);
                stream.Flush(flushToDisk: true);
            }

            File.Move(temporary, full, overwrite: true);
            temporary = null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw CliException.File(CliMessages.CannotWrite(path, Reason(ex)), ex);
        }
        finally
        {
            if (temporary is not null)
            {
                TryDelete(temporary);
            }
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // The temporary file stays; the error that matters is the one being reported.
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
            throw CliException.File(CliMessages.CannotCreateDirectory(path, Reason(ex)), ex);
        }
    }

    /// <summary>A short reason for an I/O failure.</summary>
    public static LocalizedText Reason(Exception ex) => ex switch
    {
        FileNotFoundException => CliMessages.NoSuchFile,
        DirectoryNotFoundException => CliMessages.NoSuchDirectory,
        UnauthorizedAccessException => CliMessages.AccessDenied,
        _ => CliMessages.OtherIoFailure(ex.Message.ReplaceLineEndings(" ")),
    };
}
