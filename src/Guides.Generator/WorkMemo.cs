using System;
using System.Runtime.CompilerServices;
using System.Threading;
using Guides.Generator.Model;

namespace Guides.Generator
{
    /// <summary>
    /// The last parse of each file and the last code of each guide model, by identity: a step that runs again for an
    /// input it has already seen (a file that only moved in the driver's list) takes its result from here. Nothing here
    /// keeps a result alive: a parse is held weakly (the driver's tables hold it while it is current), and a guide's code
    /// lives as long as its model. A command-line build drops them all once the generator has run, before the compiler
    /// binds and emits, where its memory peaks.
    /// </summary>
    internal sealed class WorkMemo
    {
        private readonly ConditionalWeakTable<Microsoft.CodeAnalysis.AdditionalText, WeakEntry<MarkdownInput, GuideParseResult>> _parsed = new();
        private readonly ConditionalWeakTable<GuideModel, Entry<(GuideToEmit, EmitSettings), EmittedGuide>> _emitted = new();
        private readonly ConditionalWeakTable<GuideParseResult, Entry<(EquatableArray<AssetFacts>, EquatableArray<PageTarget>, AssetSettings, string), Assets.ResolvedAssets>> _resolved = new();
        private int _resolves;
        private int _parses;
        private int _emits;

        /// <summary>Files parsed (not taken from the memo).</summary>
        public int Parses => Volatile.Read(ref _parses);

        /// <summary>Guides emitted (not taken from the memo).</summary>
        public int Emits => Volatile.Read(ref _emits);

        /// <summary>Guides whose images and files were checked (not taken from the memo).</summary>
        public int Resolves => Volatile.Read(ref _resolves);

        /// <summary>
        /// A guide's files checked: the same result while the guide's parse and its files' facts are the same, so that a
        /// change to one image checks the guides that use it and no other.
        /// </summary>
        public Assets.ResolvedAssets Resolve(
            GuideParseResult result, (EquatableArray<AssetFacts>, EquatableArray<PageTarget>, AssetSettings, string) key, Func<(EquatableArray<AssetFacts>, EquatableArray<PageTarget>, AssetSettings, string), Assets.ResolvedAssets> resolve)
        {
            var entry = _resolved.GetValue(result, static _ => new Entry<(EquatableArray<AssetFacts>, EquatableArray<PageTarget>, AssetSettings, string), Assets.ResolvedAssets>());
            if (entry.TryGet(key, out var resolved))
            {
                return resolved;
            }

            resolved = resolve(key);
            Interlocked.Increment(ref _resolves);
            entry.Set(key, resolved);
            return resolved;
        }

        public GuideParseResult Parse(MarkdownInput file, Func<MarkdownInput, CancellationToken, GuideParseResult> parse, CancellationToken cancellationToken)
        {
            var entry = _parsed.GetValue(file.Text, static _ => new WeakEntry<MarkdownInput, GuideParseResult>());
            if (entry.TryGet(file, out var result))
            {
                return result;
            }

            result = parse(file, cancellationToken);
            Interlocked.Increment(ref _parses);
            entry.Set(file, result);
            return result;
        }

        public EmittedGuide Emit(GuideToEmit emission, EmitSettings settings, Func<GuideToEmit, EmitSettings, EmittedGuide> emit)
        {
            var entry = _emitted.GetValue(emission.Guide, static _ => new Entry<(GuideToEmit, EmitSettings), EmittedGuide>());
            if (entry.TryGet((emission, settings), out var result))
            {
                return result;
            }

            result = emit(emission, settings);
            Interlocked.Increment(ref _emits);
            entry.Set((emission, settings), result);
            return result;
        }

        /// <summary>One key and its result, held weakly, replaced as a whole.</summary>
        private sealed class WeakEntry<TKey, TResult>
            where TResult : class
        {
            private Tuple<TKey, WeakReference<TResult>>? _value;

            public bool TryGet(TKey key, out TResult result)
            {
                var value = Volatile.Read(ref _value);
                if (value is not null && System.Collections.Generic.EqualityComparer<TKey>.Default.Equals(value.Item1, key) && value.Item2.TryGetTarget(out var target))
                {
                    result = target;
                    return true;
                }

                result = null!;
                return false;
            }

            public void Set(TKey key, TResult result) => Volatile.Write(ref _value, Tuple.Create(key, new WeakReference<TResult>(result)));
        }

        /// <summary>One key and its result, replaced as a whole.</summary>
        private sealed class Entry<TKey, TResult>
            where TResult : class
        {
            private Tuple<TKey, TResult>? _value;

            public bool TryGet(TKey key, out TResult result)
            {
                var value = Volatile.Read(ref _value);
                if (value is not null && System.Collections.Generic.EqualityComparer<TKey>.Default.Equals(value.Item1, key))
                {
                    result = value.Item2;
                    return true;
                }

                result = null!;
                return false;
            }

            public void Set(TKey key, TResult result) => Volatile.Write(ref _value, Tuple.Create(key, result));
        }
    }
}
