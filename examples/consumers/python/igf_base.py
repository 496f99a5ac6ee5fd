"""The base class of the pydantic models generated from igf-model's JSON
Schema: a record may carry extension members named x-... (the schema's
`patternProperties: {"^x-": {}}`), and nothing else it does not define.

datamodel-code-generator does not turn `patternProperties` beside
`properties` into a model rule, so the generated models are built with
`--base-class igf_base.ExtensibleModel --extra-fields allow`, and this class
rejects every extra member whose name does not start with "x-".
"""
from pydantic import BaseModel, ConfigDict, model_validator


class ExtensibleModel(BaseModel):
    model_config = ConfigDict(extra="allow")

    @model_validator(mode="after")
    def only_extension_members(self):
        unknown = [name for name in (self.model_extra or {}) if not name.startswith("x-")]
        if unknown:
            raise ValueError(
                f"members not defined by the igf-model format: {', '.join(unknown)} "
                "(a user's own data goes in members named x-...)"
            )
        return self
