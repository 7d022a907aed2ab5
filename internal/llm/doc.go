// Package llm drafts answers with a large language model behind any OpenAI-compatible endpoint
// (OpenAI, DeepSeek, Qwen's compatible mode, vLLM, Ollama) through sashabaranov/go-openai, without
// ever letting the model speak unchecked:
//
//   - Drafter answers an applicant's open question from retrieved knowledge only (knowledge.Sources,
//     a bleve index): an approved FAQ answer that matches well goes out as it is, with no model
//     call; nothing relevant gives the standard "no reliable source" line; otherwise the model
//     drafts under a versioned system prompt. Every draft passes the compliance filter (a blocked
//     draft is regenerated once with the violation explained), a grounding check (every figure
//     must come from the sources) and, when enabled, a second "judge" call that must find no
//     promise. Required disclosures are appended deterministically.
//   - Extractor wraps the rule-based bot.Extractor: only when the rules understood nothing in a
//     message that looks informative does it ask the model, by function calling with a JSON
//     schema; values are validated like any input, never override rule-parsed ones, and come in
//     as tentative when the model is unsure.
//
// Every failure (timeout, 5xx, malformed output) is reported to the caller, which degrades to the
// standard templates; nothing here sends anything to an applicant.
package llm
