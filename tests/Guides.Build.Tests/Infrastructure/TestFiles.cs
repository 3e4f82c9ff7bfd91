namespace Guides.Build.Tests.Infrastructure;

/// <summary>The real files under Files/ (copied beside the tests), and scratch folders for tests that change files.</summary>
internal static class TestFiles
{
    public static string Folder { get; } = Path.Combine(AppContext.BaseDirectory, "Files");

    public static string PathOf(string name) => Path.Combine(Folder, name.Replace('/', Path.DirectorySeparatorChar));

    public static byte[] Bytes(string name) => File.ReadAllBytes(PathOf(name));

    /// <summary>The facts of a real file, read as the task reads them.</summary>
    public static AssetFacts Read(string name) => AssetReader.Read(PathOf(name));

    /// <summary>The facts of the bytes as a file with that extension (no dot), for slices and edits of real files.</summary>
    public static AssetFacts ReadBytes(byte[] bytes, string extension)
    {
        using MemoryStream stream = new(bytes, writable: false);
        return AssetReader.Read(stream, extension);
    }

    /// <summary>The first <paramref name="count"/> bytes of a real file.</summary>
    public static byte[] FirstBytes(string name, int count) => Bytes(name).Take(count).ToArray();

    /// <summary>A new empty folder, deleted when disposed.</summary>
    public static ScratchFolder Scratch() => new();

    public sealed class ScratchFolder : IDisposable
    {
        public ScratchFolder()
        {
            Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "guides-build-tests-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(Path);
        }

        public string Path { get; }

        public string Copy(string name, string? as_ = null)
        {
            string target = System.IO.Path.Combine(Path, (as_ ?? name).Replace('/', System.IO.Path.DirectorySeparatorChar));
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(target)!);
            File.Copy(PathOf(name), target);
            return target;
        }

        public void Dispose()
        {
            try
            {
                Directory.Delete(Path, recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }
}
