/**
 * Conjunctions of the three languages, shared by all: names and lists of names in news of any of them
 * are joined with any of them (`Contoh Foods and Beverages` in an Indonesian report).
 */

/** Words for `and`: they join two nouns of one name (`Goods and Services`) or a list's last member. */
export const andWords: readonly string[] = ['and', 'dan', 'serta'];

/** Words for `or`: they join a list's last member only. */
export const orWords: readonly string[] = ['atau', 'or'];
