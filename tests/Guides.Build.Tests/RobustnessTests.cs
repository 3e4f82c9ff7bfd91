using Guides.Build.Tests.Infrastructure;

namespace Guides.Build.Tests;

/// <summary>Damaged files give a problem or a size, never an exception: a download cut anywhere, a byte changed anywhere.</summary>
public sealed class RobustnessTests
{
    public static TheoryData<string> RealFiles()
    {
        TheoryData<string> files = [];
        foreach (string path in Directory.EnumerateFiles(TestFiles.Folder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            files.Add(Path.GetRelativePath(TestFiles.Folder, path).Replace('\\', '/'));
        }

        return files;
    }

    [Theory]
    [MemberData(nameof(RealFiles))]
    public void A_file_cut_at_any_length_is_read_without_an_exception(string file)
    {
        byte[] bytes = TestFiles.Bytes(file);
        string extension = FileKind.ExtensionOf(file);

        for (int length = 0; length < Math.Min(bytes.Length, 1024); length++)
        {
            AssetFacts facts = TestFiles.ReadBytes(bytes[..length], extension);

            Assert.Equal(length, facts.Length);
            Assert.True(facts.Problem is not null || facts.Width is null || facts.Width > 0);
        }
    }

    [Theory]
    [MemberData(nameof(RealFiles))]
    public void A_file_with_any_of_its_first_bytes_changed_is_read_without_an_exception(string file)
    {
        byte[] bytes = TestFiles.Bytes(file);
        string extension = FileKind.ExtensionOf(file);

        for (int at = 0; at < Math.Min(bytes.Length, 400); at++)
        {
            foreach (byte value in new byte[] { 0x00, 0xFF, 0x7F, (byte)(bytes[at] ^ 0x01) })
            {
                byte[] damaged = (byte[])bytes.Clone();
                damaged[at] = value;

                AssetFacts facts = TestFiles.ReadBytes(damaged, extension);

                Assert.Equal(AssetReader.HashLength, facts.Hash.Length);
            }
        }
    }
}
