"""Play the learner's own recording back ("Luister naar jezelf"); silent without a device."""

import logging

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QObject
from PySide6.QtMultimedia import QAudioSink, QMediaDevices

from vaktaal.speech.recognition import SAMPLE_RATE
from vaktaal.ui.speaking.capture import speech_format

log = logging.getLogger(__name__)


class PcmPlayer(QObject):
    """Plays 16-bit mono PCM on the default output; a missing device is no error."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._sink: QAudioSink | None = None
        self._buffer: QBuffer | None = None

    def play(self, pcm: bytes, sample_rate: int = SAMPLE_RATE) -> bool:
        """Start playing `pcm` (the sink plays it on Qt's own audio thread); False if not."""
        self.stop()
        if not pcm:
            return False
        device = QMediaDevices.defaultAudioOutput()
        if device.isNull():
            log.info("no audio output device: the recording is not played back")
            return False
        buffer = QBuffer(self)
        buffer.setData(QByteArray(pcm))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        sink = QAudioSink(device, speech_format(sample_rate), self)
        sink.start(buffer)
        self._sink, self._buffer = sink, buffer
        return True

    def stop(self) -> None:
        sink, self._sink = self._sink, None
        buffer, self._buffer = self._buffer, None
        if sink is not None:
            sink.stop()
            sink.deleteLater()
        if buffer is not None:
            buffer.close()
            buffer.deleteLater()
