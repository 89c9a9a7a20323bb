#!/usr/bin/env bash
# One-off: regenerates the simulator's demo recordings (committed as MP3s). Needs espeak-ng and lame
# (apt-get install -y espeak-ng lame). Two voices alternate like an agent and a caller.
set -euo pipefail
cd "$(dirname "$0")/audio"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

make_clip() {
  local name=$1; shift
  local parts=() i=0
  for line in "$@"; do
    local voice=en-us; [ $((i % 2)) -eq 1 ] && voice=en-gb
    espeak-ng -v "$voice" -s 165 -w "$tmp/$name-$i.wav" "$line"
    sox "$tmp/$name-$i.wav" "$tmp/$name-$i-pad.wav" pad 0 0.6 2>/dev/null || cp "$tmp/$name-$i.wav" "$tmp/$name-$i-pad.wav"
    parts+=("$tmp/$name-$i-pad.wav"); i=$((i + 1))
  done
  sox "${parts[@]}" "$tmp/$name.wav"
  lame --quiet -b 32 -m m "$tmp/$name.wav" "$name.mp3"
}

make_clip call-1 \
  "Hello, this is the Acme clinic assistant. I am calling about your appointment tomorrow." \
  "Oh hi. Yes, I remember. Is it still at ten?" \
  "Yes, ten in the morning with Doctor Patel. Can you confirm you will attend?" \
  "Yes, I will be there." \
  "Great, you are confirmed. Please arrive ten minutes early. Goodbye."
make_clip call-2 \
  "Thanks for calling Acme support. How can I help you today?" \
  "My order has not arrived and it has been a week." \
  "I am sorry to hear that. Can you tell me your order number?" \
  "It is four five seven two." \
  "Thank you. I see it is delayed at the depot. I will send a new delivery date by text." \
  "Okay, thanks."
make_clip call-3 \
  "Hi, I am calling from Acme to ask about your recent visit. Do you have a minute?" \
  "Sure, go ahead." \
  "On a scale of one to five, how satisfied were you?" \
  "I would say four." \
  "Thank you for your feedback. Have a nice day."
