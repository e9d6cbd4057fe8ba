// Vietnamese function syllables: they carry grammar, not topic, so they are left out of centrality and
// informativeness features. Lowercase NFC. Vietnamese writes words as syllables, so this is a syllable list;
// a syllable such as "nhà" or "năm" is content in most compounds and is not listed.
export const STOP_SYLLABLES: ReadonlySet<string> = new Set(
  `à ạ ai ấy bao bằng bị bởi cả các cái cần càng chỉ chiếc cho chứ chưa có cũng cùng của cứ dù đã đang đây để
  đến đều điều do đó được gì hay hết hoặc khi không là lại lên lúc mà mấy mỗi một mình nào này nên nếu nhé nhiều
  như nhưng những nơi nữa ở phải qua ra rằng rất rồi sau sẽ so sự tại thì theo thế này kia trên trong từ từng vẫn
  vào vì việc với vừa và về xong ông bà anh chị em tôi họ chúng ta các đây đấy kể nhằm thêm hơn nhất cũng vậy
  thường luôn đi ngay còn song tuy nhiên đồng thời vậy thể`.split(/\s+/).filter((w) => w !== ''),
);
