#include <stdio.h>

int main(void)
{
    printf("calc 0.1\n");
    return 0;
}
