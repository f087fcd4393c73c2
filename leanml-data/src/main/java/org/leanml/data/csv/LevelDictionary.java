package org.leanml.data.csv;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Maps char ranges to dense level codes (in first-seen order) with open addressing, so that a
 * repeated level costs a hash and a comparison but no String.
 */
final class LevelDictionary {
  private final List<String> levels = new ArrayList<>();
  private int[] slots = new int[64];
  private int[] hashes = new int[64];

  LevelDictionary() {
    Arrays.fill(slots, -1);
  }

  int code(char[] b, int start, int end) {
    int h = 0;
    for (int i = start; i < end; i++) {
      h = 31 * h + b[i];
    }
    int mask = slots.length - 1;
    int s = mix(h) & mask;
    while (true) {
      int code = slots[s];
      if (code < 0) {
        break;
      }
      if (hashes[s] == h && same(levels.get(code), b, start, end)) {
        return code;
      }
      s = (s + 1) & mask;
    }
    int code = levels.size();
    levels.add(new String(b, start, end - start));
    slots[s] = code;
    hashes[s] = h;
    if (levels.size() * 2 > slots.length) {
      grow();
    }
    return code;
  }

  private static int mix(int h) {
    return h ^ (h >>> 16);
  }

  private static boolean same(String level, char[] b, int start, int end) {
    if (level.length() != end - start) {
      return false;
    }
    for (int i = 0; i < level.length(); i++) {
      if (level.charAt(i) != b[start + i]) {
        return false;
      }
    }
    return true;
  }

  private void grow() {
    int[] oldSlots = slots;
    int[] oldHashes = hashes;
    slots = new int[oldSlots.length * 2];
    hashes = new int[oldSlots.length * 2];
    Arrays.fill(slots, -1);
    int mask = slots.length - 1;
    for (int i = 0; i < oldSlots.length; i++) {
      if (oldSlots[i] >= 0) {
        int s = mix(oldHashes[i]) & mask;
        while (slots[s] >= 0) {
          s = (s + 1) & mask;
        }
        slots[s] = oldSlots[i];
        hashes[s] = oldHashes[i];
      }
    }
  }

  List<String> levels() {
    return levels;
  }
}
