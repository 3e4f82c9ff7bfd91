using Guides.Build.Tests.Infrastructure;

namespace Guides.Build.Tests;

/// <summary>The hash is the first 10 lowercase hexadecimal characters of the SHA-256 of the whole file, as sha256sum prints it.</summary>
public sealed class HashTests
{
    [Theory]
    [InlineData("step-37x23.png", "e528cc182c")]
    [InlineData("cerfa.pdf", "db0cbee5c0")]
    [InlineData("photo-37x23.avif", "6a2de0011f")]
    [InlineData("Mistakes/png-named.jpg", "e528cc182c")]
    [InlineData("Mistakes/empty.png", "e3b0c44298")]
    public void The_hash_is_the_start_of_what_sha256sum_prints(string file, string sha256sumStart)
    {
        Assert.Equal(sha256sumStart, TestFiles.Read(file).Hash);
    }

    [Fact]
    public void The_length_is_the_file_size_in_bytes()
    {
        // stat -c %s
        Assert.Equal(396, TestFiles.Read("step-37x23.png").Length);
        Assert.Equal(2501, TestFiles.Read("cerfa.pdf").Length);
    }

    [Fact]
    public void A_large_file_is_hashed_in_blocks_without_being_loaded_into_memory()
    {
        // 32 MiB of zeros: `head -c 33554432 /dev/zero | sha256sum` starts with 83ee472453.
        using TestFiles.ScratchFolder scratch = TestFiles.Scratch();
        string path = Path.Combine(scratch.Path, "video.mp4");
        using (FileStream file = File.Create(path))
        {
            file.SetLength(32 * 1024 * 1024);
        }

        long before = GC.GetAllocatedBytesForCurrentThread();
        AssetFacts facts = AssetReader.Read(path);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal("83ee472453", facts.Hash);
        Assert.Equal(32 * 1024 * 1024, facts.Length);
        Assert.True(allocated < 1024 * 1024, $"Reading a 32 MiB file allocated {allocated} bytes.");
    }
}
