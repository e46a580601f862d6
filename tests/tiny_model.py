"""Build a tiny random-weight Llama with its own BPE tokenizer, for tests of the vLLM backends.

No model hub is reachable here, so tests make their model: a byte-level BPE trained on a little
TLA+ text (so samples look vaguely like modules) and a two-layer Llama with random weights.
head_dim is 32: vLLM's CPU attention does not support 16 (DESIGN §3).
"""

from __future__ import annotations

from pathlib import Path

CHAT_TEMPLATE = (
    "{% for m in messages %}<|{{ m['role'] }}|>\n{{ m['content'] }}\n{% endfor %}"
    "{% if add_generation_prompt %}<|assistant|>\n{% endif %}"
)

CORPUS = [
    "---- MODULE Semaphore ----\nEXTENDS Naturals, Sequences\nVARIABLES value, waiting\n",
    "Init == value = Max /\\ waiting = <<>>\nNext == \\E t \\in Threads : Acquire(t) \\/ Release(t)\n",
    "Acquire(t) == value > 0 /\\ value' = value - 1 /\\ UNCHANGED waiting\n====\n",
    "INIT Init\nNEXT Next\nCONSTANTS Threads = {t1, t2}\nINVARIANT TypeOK\n",
    "The semaphore counts permits. release() adds one and wakes a waiter.\n",
]


def build_tiny_model(out: Path, seed: int = 0) -> Path:
    import torch
    from tokenizers import Tokenizer, decoders, models, pre_tokenizers, trainers
    from transformers import LlamaConfig, LlamaForCausalLM, PreTrainedTokenizerFast

    out.mkdir(parents=True, exist_ok=True)
    special = ["<unk>", "<s>", "</s>", "<|system|>", "<|user|>", "<|assistant|>"]
    bpe = Tokenizer(models.BPE(unk_token="<unk>"))
    bpe.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False)
    bpe.decoder = decoders.ByteLevel()
    trainer = trainers.BpeTrainer(vocab_size=512, special_tokens=special,
                                  initial_alphabet=pre_tokenizers.ByteLevel.alphabet())
    bpe.train_from_iterator(CORPUS * 20, trainer)
    tokenizer = PreTrainedTokenizerFast(
        tokenizer_object=bpe, unk_token="<unk>", bos_token="<s>", eos_token="</s>", pad_token="</s>",
    )
    tokenizer.chat_template = CHAT_TEMPLATE
    tokenizer.save_pretrained(out)

    torch.manual_seed(seed)
    config = LlamaConfig(
        vocab_size=len(tokenizer), hidden_size=64, intermediate_size=128, num_hidden_layers=2,
        num_attention_heads=2, num_key_value_heads=2, head_dim=32, max_position_embeddings=8192,
        bos_token_id=tokenizer.bos_token_id, eos_token_id=tokenizer.eos_token_id,
        pad_token_id=tokenizer.pad_token_id, tie_word_embeddings=False, torch_dtype="float32",
    )
    LlamaForCausalLM(config).save_pretrained(out, safe_serialization=True)
    return out
