"""The attachment store: content-addressed by SHA-256, type sniffing, checks and limits.

Free of Qt and of `kvisa_desk.core`: the services in `core/documents/` use it, and
previews are drawn in `ui/`.
"""

from kvisa_desk.content.errors import ContentDamaged, ContentMissing, Refused
from kvisa_desk.content.limits import DEFAULT_MAX_ATTACHMENT_MB, Limits, format_size
from kvisa_desk.content.names import file_name_problem, listed_path_problem
from kvisa_desk.content.preview import image_preview
from kvisa_desk.content.sniff import (
    ACCEPTED_MEDIA_TYPES,
    HEIC,
    IMAGE_MEDIA_TYPES,
    JPEG,
    PDF,
    PNG,
    TIFF,
    sniff_media_type,
)
from kvisa_desk.content.store import (
    BlobContentStore,
    ContentStore,
    FileContentStore,
    StagedContent,
    content_store_for,
    documents_folder,
)
from kvisa_desk.content.validate import ContentCheck, check_content

__all__ = [
    "ACCEPTED_MEDIA_TYPES",
    "DEFAULT_MAX_ATTACHMENT_MB",
    "HEIC",
    "IMAGE_MEDIA_TYPES",
    "JPEG",
    "PDF",
    "PNG",
    "TIFF",
    "BlobContentStore",
    "ContentCheck",
    "ContentDamaged",
    "ContentMissing",
    "ContentStore",
    "FileContentStore",
    "Limits",
    "Refused",
    "StagedContent",
    "check_content",
    "content_store_for",
    "documents_folder",
    "file_name_problem",
    "format_size",
    "image_preview",
    "listed_path_problem",
    "sniff_media_type",
]
