"""Generation (DESIGN §7): prompts per method, backends that sample candidates, the repair loop."""
